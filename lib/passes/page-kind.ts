import type { PageKind } from './pass-context';
import { detectArticle } from '../detect/detect-article';

/**
 * What kind of page the cleaning works on (see `PassContext.pageKind`): 'other' when detection
 * says the page is not an article. Listings, collections, product and forum pages are made of the
 * cards and link lists that article cleaning drops. (Measured: treating single-product pages as
 * articles here lost more on collections than it gained on products.)
 */
export function pageKindOf(doc: Document, url = ''): PageKind {
  return detectArticle(doc, url).isArticle ? 'article' : 'other';
}
