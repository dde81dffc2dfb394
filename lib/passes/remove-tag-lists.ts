import type { Rule } from './noise-engine';
import { linkShare, matchTokens, prefixMatcher, rulePass, tokenMatcher } from './noise-engine';
import { TAG_TOKENS } from '../data/noise-tokens';

const TOKENS = tokenMatcher(TAG_TOKENS);
const PREFIX = prefixMatcher('tagPrefixes');

/** Tag/topic lists: by class/id, rel="tag" links, and "Tags: <a>…</a>, <a>…</a>" lines. */
export const tagListsRule: Rule = {
  pass: 'removeTagLists',
  structure(t, ctx) {
    if (!t.attrs) return null;
    if (t.tag === 'a' && /(^|\s)tag(\s|$)/i.test(t.attr('rel') ?? '')) return { reason: 'rel="tag" links', widen: 'links' };
    return matchTokens(t, TOKENS, ctx);
  },
  phrase(_t, b) {
    const m = PREFIX(b.text);
    if (!m || b.words > 60) return null;
    if (!m.rest) return { reason: `tag list label "${m.prefix}"`, widen: 'wrapper', list: 'links' };
    return b.links && linkShare(b) >= 0.5 ? { reason: `tag list "${m.prefix}"`, widen: 'links' } : null;
  },
};

export const removeTagLists = rulePass(tagListsRule);
