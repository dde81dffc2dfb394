import type { PageKind } from './pass-context';
import { collectSignals } from '../detect/detect-signals';
import { scoreSignals } from '../detect/detect-article';
import type { DocumentScan } from '../metadata/scan';

/**
 * What kind of page the cleaning works on (see `PassContext.pageKind`): 'other' when detection
 * says the page is not an article. Listings, collections, product and forum pages are made of the
 * cards and link lists that article cleaning drops. (Measured: treating single-product pages as
 * articles here lost more on collections than it gained on products.) A page that declares itself
 * a discussion thread or a Q&A page is a 'forum', whatever its score: its replies are content.
 * `scan`: metadata's scan of the page, shared (see collectSignals).
 */
export function pageKindOf(doc: Document, url = '', scan?: DocumentScan): PageKind {
  const signals = collectSignals(doc, url, scan);
  // Forum software often nests the thread item inside a WebPage item; detection reads only the
  // outermost type, so a nested thread item counts here.
  if (signals.declaredForum || signals.threadItem) return 'forum';
  return scoreSignals(signals).isArticle ? 'article' : 'other';
}
