// Text that the page's own stylesheet takes off the screen for screen readers only (`sr-only`,
// `visually-hidden`): a second copy of the menu, "Skip to content", "opens in a new window". No
// sighted reader sees it, and a hidden copy of the navigation can even outweigh a product grid.
// A rule of the structure walk (see noise-engine.ts): no selector query of its own.
import type { Rule } from './noise-engine';
import { paragraphText, rulePass } from './noise-engine';

/** The usual class names of that utility (Bootstrap, WordPress, Tailwind, HTML5 Boilerplate…), as whole tokens. */
const SCREEN_READER_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|u-visually-hidden)(?:\s|$)/;
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
