import type { PassContext } from '../passes/pass-context';
import type { Metadata } from '../metadata/read-metadata';

/** Locate the element holding the article body in the cleaned clone. */
export function grabArticle(doc: Document, _ctx: PassContext, _meta: Metadata): Element {
  return doc.querySelector('article, [itemprop="articleBody"], main') ?? doc.body ?? doc.documentElement;
}
