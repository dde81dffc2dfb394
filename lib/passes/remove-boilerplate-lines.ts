import type { Block, Rule } from './noise-engine';
import { findPattern, patternList, rulePass } from './noise-engine';

const PATTERNS = patternList('boilerplatePatterns');
const COUNTERS = patternList('slideCounterPatterns');

/**
 * Short boilerplate lines publishers append to an article: contributor credits ("… contributed to
 * this report"), copyright notices, "Have a tip?", reader appeals, newsletter and magazine blurbs,
 * bare "Posted:/Updated:" datelines, a gallery's slide counters. Phrase stage only: matched on the text of short blocks, with
 * patterns anchored where the same words could open a sentence of reporting.
 */
export const boilerplateLinesRule: Rule = {
  pass: 'removeBoilerplateLines',
  phrase(t, b) {
    const counter = findPattern(b, COUNTERS);
    if (counter) return { reason: `slide counter /${counter.source}/`, widen: 'wrapper' };
    const p = findPattern(b, PATTERNS);
    if (!p || isPartOfCaption(t.el, b)) return null;
    // In a <br>-separated body the line may be an inline element of its own ("<br><small>05/10/2018 -
    // Publicado por: …</small><br>"): it goes when nothing but links share its line.
    return { reason: `boilerplate line /${p.source}/`, widen: 'wrapper', line: 'prose' };
  },
};

/** A credit inside a caption that has more to say ("The bridge at dawn. <span>Photo: …</span>") stays with it. */
function isPartOfCaption(el: Element, b: Block): boolean {
  for (let p = el.parentElement, i = 0; p && i < 4; p = p.parentElement, i++) {
    if (p.localName !== 'figcaption') continue;
    return (p.textContent ?? '').replace(/\s+/g, '').length > b.chars;
  }
  return false;
}

export const removeBoilerplateLines = rulePass(boilerplateLinesRule);
