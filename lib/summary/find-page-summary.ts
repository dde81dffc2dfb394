// OWNER: text/metadata helper. Minimal first version; replace freely keeping the signature.
import type { PassContext } from '../passes/pass-context';

/**
 * Finds the page's own summary box (standfirst, dek, the "सार" box) inside `root`, skipping
 * removed elements. Returns its text and element; the caller removes the element from the body.
 */
export function findPageSummary(root: Element, ctx: PassContext): { text: string; el: Element } | null {
  for (const el of root.querySelectorAll('.standfirst, .dek, .article-summary, .summary, [itemprop="description"]')) {
    if (ctx.isRemoved(el)) continue;
    const text = el.textContent?.trim() ?? '';
    if (text) return { text, el };
  }
  return null;
}
