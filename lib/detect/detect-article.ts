// OWNER: detection helper. Minimal first version; replace freely keeping the signature.
import type { DetectResult } from '../types';

/** Cheap "is this an article" check: no full parse, safe to run on every page load. */
export function detectArticle(doc: Document, _url = ''): DetectResult {
  const ps = doc.querySelectorAll('p').length;
  const isArticle = ps >= 5;
  return { isArticle, score: Math.min(1, ps / 10), reasons: [`${ps} paragraphs`] };
}
