import type { Rule } from './noise-engine';
import { findPattern, patternList, rulePass } from './noise-engine';

const PATTERNS = patternList('boilerplatePatterns');

/**
 * Short boilerplate lines publishers append to an article: contributor credits ("… contributed to
 * this report"), copyright notices, "Have a tip?", reader appeals, newsletter and magazine blurbs,
 * bare "Posted:/Updated:" datelines. Phrase stage only: matched on the text of short blocks, with
 * patterns anchored where the same words could open a sentence of reporting.
 */
export const boilerplateLinesRule: Rule = {
  pass: 'removeBoilerplateLines',
  phrase(_t, b) {
    const p = findPattern(b, PATTERNS);
    return p ? { reason: `boilerplate line /${p.source}/`, widen: 'wrapper' } : null;
  },
};

export const removeBoilerplateLines = rulePass(boilerplateLinesRule);
