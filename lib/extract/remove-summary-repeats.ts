import type { PassContext } from '../passes/pass-context';
import { blockOf } from '../dom/block-of';
import { findDescendant } from '../dom/next-element';
import { RUN, sharedShare, wordRuns, wordsOf } from '../text/word-runs';

/** Shorter blocks (a heading, a label) may share words with the summary by chance. */
export const MIN_WORDS = 8;
/** Share of a block's four-word runs found in the summary that makes it a repeat. */
const MIN_SHARE = 0.8;
/** A block holding one of these is more than text: it stays. */
export const KEEP_TAGS = ['img', 'picture', 'video', 'iframe', 'table', 'figure', 'pre'];
/** KEEP_TAGS as a set: a block is searched by a walk of its few elements, not one tag lookup per name. */
export const KEEP_TAG_SET: ReadonlySet<string> = new Set(KEEP_TAGS);

/**
 * The page's summary box is shown apart, above the body (see findPageSummary). Many pages print
 * the same text again in the body: the dek repeated as the first paragraph, a second copy for
 * phones. The reader would show it twice; the body's copy goes. Only blocks whose text is almost
 * all the summary's (by four-word runs) are removed, so a paragraph that quotes it and goes on stays.
 */
export function removeSummaryRepeats(root: Element, ctx: PassContext, summary: string): void {
  const summaryWords = wordsOf(summary);
  if (summaryWords.length < MIN_WORDS) return;
  const inSummary = wordRuns(summaryWords);
  const seen = new Set<Element>();
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim()) continue;
    const block = blockOf(n, root);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (isRepeat(block, inSummary, summaryWords.length, summary.length)) found.push(block);
  }
  for (const el of found) ctx.remove(el, 'removeSummaryRepeats', 'repeats the summary box, shown apart');
}

function isRepeat(block: Element, inSummary: Set<string>, summaryLength: number, summaryChars: number): boolean {
  const text = block.textContent ?? '';
  // Most blocks are far longer or shorter than the summary: no need to split them into words.
  if (text.length > 2 * summaryChars + 100 || text.length < MIN_WORDS * 2) return false;
  const words = wordsOf(text);
  // Longer than the summary, it has more to say.
  if (words.length < MIN_WORDS || words.length > summaryLength + RUN) return false;
  if (findDescendant(block, (d) => KEEP_TAG_SET.has(d.localName))) return false;
  return sharedShare(words, inSummary) >= MIN_SHARE;
}
