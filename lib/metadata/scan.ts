/**
 * One pass over the document's elements collecting what metadata needs: headline <h1>s, byline
 * candidates, microdata properties and images. Attribute-substring selectors
 * (`[class*="author" i]`) are slow in jsdom and some engines; a walk with regexes is not.
 */

/** class/id tokens of byline elements ("byline", "article-author", "auther-name", "writer"). */
export const BYLINE_CLASS = /byline|by-line|author|auther|writer|reporter|posted-?by|contributor/i;

export interface DocumentScan {
  h1s: Element[];
  bylines: Element[];
  /** First element (not <meta>) carrying each itemprop token. */
  itemprops: Map<string, Element>;
  images: HTMLImageElement[];
}

const MAX_BYLINES = 80;
const MAX_IMAGES = 400;
const MAX_ELEMENTS = 60_000;

export function scanDocument(doc: Document): DocumentScan {
  const scan: DocumentScan = { h1s: [], bylines: [], itemprops: new Map(), images: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return scan;
  // A TreeWalker: indexing a live getElementsByTagName('*') collection is pathologically slow in jsdom.
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let n = 0;
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    if (++n > MAX_ELEMENTS) break;
    const name = node.localName;
    if (name === 'h1') scan.h1s.push(node);
    else if (name === 'img' && scan.images.length < MAX_IMAGES) scan.images.push(node as HTMLImageElement);
    if (!node.hasAttributes()) continue;
    const itemprop = node.getAttribute('itemprop');
    if (itemprop && name !== 'meta') {
      for (const p of itemprop.split(/\s+/)) if (p && !scan.itemprops.has(p)) scan.itemprops.set(p, node);
    }
    if (scan.bylines.length < MAX_BYLINES) {
      const cls = node.getAttribute('class');
      if (
        (cls && BYLINE_CLASS.test(cls)) ||
        (node.id && BYLINE_CLASS.test(node.id)) ||
        node.getAttribute('rel') === 'author' ||
        (itemprop && /(?:^|\s)author(?:\s|$)/.test(itemprop)) ||
        /byline/i.test(node.getAttribute('data-testid') ?? node.getAttribute('data-component') ?? '')
      ) {
        scan.bylines.push(node);
      }
    }
  }
  return scan;
}
