import type { PageKind } from './pass-context';
import { detectArticle } from '../detect/detect-article';
import type { DocumentScan } from '../metadata/scan';

/**
 * What kind of page the cleaning works on (see `PassContext.pageKind`): detection's `pageKind`.
 * Listings, collections, product and forum pages are made of the cards and link lists that
 * article cleaning drops. (Measured: treating single-product pages as articles here lost more on
 * collections than it gained on products.) `scan`: metadata's scan of the page, shared (see
 * collectSignals).
 */
export function pageKindOf(doc: Document, url = '', scan?: DocumentScan): PageKind {
  return detectArticle(doc, url, scan).pageKind;
}
