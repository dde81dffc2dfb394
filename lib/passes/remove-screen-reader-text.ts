// Text that the page's own stylesheet takes off the screen for screen readers only (`sr-only`,
// `visually-hidden`): a second copy of the menu, "Skip to content", "opens in a new window". No
// sighted reader sees it, and a hidden copy of the navigation can even outweigh a product grid.
// A rule of the structure walk (see noise-engine.ts): no selector query of its own.
import type { Rule } from './noise-engine';
import { classNamePattern, paragraphText, rulePass } from './noise-engine';
import { SCREEN_READER_CLASSES } from '../data/noise-tokens';

/** The usual class names of that utility (lib/data/noise-tokens.ts), as whole names. */
const SCREEN_READER_CLASS = classNamePattern(SCREEN_READER_CLASSES);
/** This much paragraph text is running text, kept in case the class is used for something else. */
const PROSE_CHARS = 150;

export const screenReaderTextRule: Rule = {
  pass: 'removeScreenReaderText',
  structure(t) {
    if (!t.attrs) return null;
    const cls = t.attr('class');
    if (!cls || !SCREEN_READER_CLASS.test(cls) || paragraphText(t.el, PROSE_CHARS) >= PROSE_CHARS) return null;
    return 'text for screen readers only';
  },
};

export const removeScreenReaderText = rulePass(screenReaderTextRule);
