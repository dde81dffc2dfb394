import type { Block, Rule, Target } from './noise-engine';
import { prefixMatcher, rulePass } from './noise-engine';
import { countWords } from '../text/script';

const PREFIX = prefixMatcher('inlineRelatedPrefixes');
/** What may follow the prefix: ":", "|", "-", "»"… */
const SEPARATOR = /^[:：|¦\-–—»›>/•·]/;
const LEADING_SEPARATORS = /^[\s:：|¦\-–—»›>/•·]+/;
/** Without a separator, "Read more about X" is prose that happens to be a link. */
const PROSE_AFTER = /^(about|on|at|in|for|from|of|to|by|with|than|and|or|the|this|that|these|those|here)\b/;
/** A related line is a headline, not a paragraph. */
const MAX_WORDS = 60;
const MAX_UNLINKED_WORDS = 25;

/**
 * "Also read" lines inside the body ("ये भी पढ़ें: <a>…</a>", "READ MORE: …", "Also read | …"):
 * a short block that starts with the prefix and is mostly a link, or a multi-word prefix with a
 * separator and a short unlinked headline. A real paragraph that merely contains the words, or
 * starts with them as prose ("Read the report here…"), is kept.
 */
export const inlineRelatedRule: Rule = {
  pass: 'removeInlineRelated',
  phrase(t, b) {
    if (b.words > MAX_WORDS) return null;
    const m = PREFIX(b.text);
    if (!m) return isCapitalHeadlineLink(t, b) ? 'inline related headline in capitals' : null;
    const reason = `inline related "${m.prefix}"`;
    // The label alone ("ये भी पढ़ें:"): the links follow in the next element or on the same line.
    if (!m.rest.replace(LEADING_SEPARATORS, '')) return m.strong || m.rest ? { reason, widen: 'wrapper', list: 'links', line: 'links' } : null;
    const sep = SEPARATOR.test(m.rest);
    const prefixChars = m.prefix.replace(/\s+/g, '').length;
    const restChars = Math.max(1, b.chars - prefixChars);
    const linked = b.links > 0 && Math.min(b.linkChars, restChars) >= 0.5 * restChars;
    if (linked && (sep || (m.strong && !PROSE_AFTER.test(m.rest)))) return { reason, widen: 'wrapper' };
    if (sep && m.strong && countWords(m.rest) <= MAX_UNLINKED_WORDS) return { reason, widen: 'wrapper' };
    return null;
  },
};

/** Words that make a run of capitals a headline rather than an acronym ("NASA", "FBI"). */
const MIN_HEADLINE_WORDS = 4;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;

/**
 * A paragraph that is nothing but one link written in capitals ("<p><strong><a>TAYLOR SWIFT CLEARED
 * TO PERFORM …</a></strong></p>"): the way some sites set a related headline between paragraphs.
 * A few lower-case letters are allowed ("AMAs"); a linked sentence in normal case stays.
 */
function isCapitalHeadlineLink(t: Target, b: Block): boolean {
  if (t.tag !== 'p' || b.links !== 1 || b.words < MIN_HEADLINE_WORDS || b.linkChars < 0.95 * b.chars) return false;
  const raw = t.el.textContent ?? '';
  const upper = raw.match(UPPER)?.length ?? 0;
  let lower = 0;
  for (const ch of raw) if (LOWER.test(ch)) lower++;
  return upper >= 12 && lower <= upper * 0.1;
}

export const removeInlineRelated = rulePass(inlineRelatedRule);
