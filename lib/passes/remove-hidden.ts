import type { Rule } from './noise-engine';
import { classNamePattern, paragraphText, rulePass } from './noise-engine';
import { containsTag } from '../dom/has-tag';
import { CONTENT_INSIDE } from '../data/noise-structure';
import { SHOWN_AT_SOME_SIZE, STREAMED_SEGMENT_ID } from '../data/scoring-patterns';
import { HIDDEN_UTILITY_CLASSES } from '../data/noise-tokens';

const MATH = new Set(['math']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Stylesheet utility classes that mean display:none (lib/data/noise-tokens.ts). */
const HIDDEN_CLASS = classNamePattern(HIDDEN_UTILITY_CLASSES);

/**
 * Elements a reader never sees: the `hidden` attribute, inline display:none/visibility:hidden, and
 * aria-hidden="true" chrome (icons, duplicates). Kept: hidden elements holding paragraphs of prose
 * (bodies collapsed behind "read more", FAQ accordions, React's streamed chunks), tab panels of code, math, and
 * aria-hidden media. Pop-ups hidden with their text are left to the other passes.
 */
export const hiddenRule: Rule = {
  pass: 'removeHidden',
  structure(t, _ctx, guard) {
    if (!t.attrs) return null;
    const el = t.el;
    if (t.has('hidden') && t.tag !== 'input') {
      return keepsContent(el, guard) ? null : 'hidden attribute';
    }
    const style = t.attr('style');
    if (style && HIDDEN_STYLE.test(style)) {
      if (keepsContent(el, guard)) return null;
      return /display/i.test(HIDDEN_STYLE.exec(style)![0]) ? 'inline display:none' : 'inline visibility:hidden';
    }
    if (t.attr('aria-hidden') === 'true' && !containsTag(el, CONTENT_INSIDE)) return 'aria-hidden="true"';
    const cls = t.attr('class');
    if (cls && HIDDEN_CLASS.test(cls) && !SHOWN_AT_SOME_SIZE.test(cls) && !keepsContent(el, guard)) return 'hidden utility class';
    return null;
  },
};

/** Paragraph text that makes a hidden element collapsed prose (accordions, "read more"), not chrome. */
const PROSE_CHARS = 200;


/** Code blocks: a hidden tab panel holding one is the same example in another language or tool. */
const CODE = new Set(['pre']);

function keepsContent(el: Element, guard: { holds(el: Element, share: number): boolean }): boolean {
  if (el.getAttribute('role') === 'tabpanel' && containsTag(el, CODE)) return true;
  return STREAMED_SEGMENT_ID.test(el.id) || paragraphText(el, PROSE_CHARS) >= PROSE_CHARS || guard.holds(el, 0.05) || containsTag(el, MATH) || /fallback-image/.test(el.getAttribute('class') ?? '');
}

export const removeHidden = rulePass(hiddenRule);
