/**
 * One pass over the document's elements collecting what metadata needs: headline <h1>s, byline
 * candidates, microdata properties and images. Attribute-substring selectors
 * (`[class*="author" i]`) are slow in jsdom and some engines; a walk with regexes is not.
 */

/** class/id tokens of byline elements ("byline", "article-author", "auther-name", "writer"). */
export const BYLINE_CLASS = /byline|by-line|author|auther|writer|reporter|posted-?by|contributor/i;

export interface DocumentScan {
  /** <meta> elements, head and body, in document order (at most MAX_METAS). */
  metas: Element[];
  /** <script type="application/ld+json"> elements. */
  jsonLd: Element[];
  /** The first <time> with a datetime or pubdate attribute. */
  time: Element | null;
  /** href of the first <link rel="image_src">. */
  imageSrc: string;
  h1s: Element[];
  /** <main> and role="main" elements under <body> (not the body itself). */
  mains: Element[];
  bylines: Element[];
  /** First element (not <meta>) carrying each itemprop token. */
  itemprops: Map<string, Element>;
  images: HTMLImageElement[];
  /** Elements from <body> on, itself excepted: those under it, and any after it (0 without a body). */
  bodyElements: number;
  /** A cap was reached: some elements, <meta>s or JSON-LD scripts were left out. */
  truncated: boolean;
  /** The `BodyVisitor` was told of every node under <body> and of nothing else. */
  bodyVisited: boolean;
}

/**
 * Told of each element and text node under <body> (the body itself excepted), in document order,
 * during the scan's walk: a reader of the body (the page summary finder) spares a walk of its own.
 */
export interface BodyVisitor {
  /** `parent`: the node's parentNode, read once by the scan for all visitors (jsdom getters are the cost). */
  text(node: Text, parent?: Node | null): void;
  /**
   * `names`: the element's attribute names when read, null when it has none, undefined when not read;
   * `cls`: its class attribute when read (null: none), undefined when not read.
   */
  element(el: Element, tag: string, names?: readonly string[] | null, parent?: Node | null, cls?: string | null): void;
  /** Comments and processing instructions, when the visitor reads them. */
  other?(node: Node, parent?: Node | null): void;
}

/** Tells each of `visitors` of every node, in turn. */
export function allVisitors(visitors: BodyVisitor[]): BodyVisitor {
  const others = visitors.filter((v) => v.other);
  return {
    text: (node, parent) => {
      for (const v of visitors) v.text(node, parent);
    },
    element: (el, tag, names, parent, cls) => {
      for (const v of visitors) v.element(el, tag, names, parent, cls);
    },
    other: others.length ? (node, parent) => {
      for (const v of others) v.other!(node, parent);
    } : undefined,
  };
}

const MAX_BYLINES = 80;
const MAX_IMAGES = 400;
const MAX_ELEMENTS = 60_000;
const MAX_METAS = 600;
const MAX_JSON_LD = 50;

/**
 * One walk, head first, then the body up to MAX_ELEMENTS. Head-only things (<meta>, JSON-LD,
 * <link>) are gathered here too: each `doc.querySelector` on a page without a match walks the
 * whole page again.
 */
export function scanDocument(doc: Document, visitor?: BodyVisitor): DocumentScan {
  const scan: DocumentScan = { metas: [], jsonLd: [], time: null, imageSrc: '', h1s: [], mains: [], bylines: [], itemprops: new Map(), images: [], bodyElements: 0, truncated: false, bodyVisited: false };
  const root = doc.documentElement;
  if (!root) return scan;
  const body = doc.body;
  // A TreeWalker: indexing a live getElementsByTagName('*') collection is pathologically slow in jsdom.
  // Text nodes (and comments, when it asks) only for the visitor, and it gets the body's own nodes only: with no body, or
  // with elements or text after it (not parsed HTML), it is told of none.
  const visit = visitor && body && !followedByContent(body) ? visitor : undefined;
  const walker = doc.createTreeWalker(root, visit ? (visit.other ? 0xcd /* and comments, PIs, CDATA */ : 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */) : 1);
  let n = 0;
  let cut = false;
  // Headings, images and bylines count only from <body> on (or everywhere when there is none).
  let inBody = !body;
  for (let next = walker.currentNode as Node | null; next; next = walker.nextNode()) {
    const type = next.nodeType;
    if (type !== 1) {
      if (inBody) {
        if (type === 3) visit!.text(next as Text, next.parentNode);
        else visit!.other!(next, next.parentNode);
      }
      continue;
    }
    const node = next as Element;
    if (++n > MAX_ELEMENTS) {
      scan.truncated = cut = true;
      break;
    }
    const name = node.localName;
    if (node === body) inBody = true;
    else if (inBody && body) scan.bodyElements++;
    if (name === 'meta') {
      if (scan.metas.length < MAX_METAS) scan.metas.push(node);
      else scan.truncated = true;
    } else if (name === 'script') {
      if ((node.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') {
        if (scan.jsonLd.length < MAX_JSON_LD) scan.jsonLd.push(node);
        else scan.truncated = true;
      }
      if (inBody && visit) visit.element(node, name, undefined, node.parentNode);
      if (inBody && node.hasAttributes() && node.getAttribute('role') === 'main') scan.mains.push(node);
      continue;
    } else if (name === 'link') {
      if (!scan.imageSrc && (node.getAttribute('rel') ?? '').trim().toLowerCase() === 'image_src') scan.imageSrc = node.getAttribute('href') ?? '';
    } else if (name === 'time') {
      if (!scan.time && (node.hasAttribute('datetime') || node.hasAttribute('pubdate'))) scan.time = node;
    }
    if (!inBody) continue;
    if (name === 'h1') scan.h1s.push(node);
    else if (name === 'img' && scan.images.length < MAX_IMAGES) scan.images.push(node as HTMLImageElement);
    else if (name === 'main' && node !== body) scan.mains.push(node);
    const told = visit && node !== body ? visit : undefined;
    if (!node.hasAttributes()) {
      told?.element(node, name, null, node.parentNode);
      continue;
    }
    // The names first: most of the six attributes read below are absent, and under jsdom a read
    // that misses costs as much as one that hits.
    const names = node.getAttributeNames();
    // Read once here for the visitors too (each reads the class).
    const cls = (told || scan.bylines.length < MAX_BYLINES) && names.includes('class') ? node.getAttribute('class') : null;
    told?.element(node, name, names, node.parentNode, cls);
    if (name !== 'main' && node !== body && names.includes('role') && node.getAttribute('role') === 'main') scan.mains.push(node);
    const itemprop = names.includes('itemprop') ? node.getAttribute('itemprop') : null;
    if (itemprop && name !== 'meta') {
      for (const p of itemprop.split(/\s+/)) if (p && !scan.itemprops.has(p)) scan.itemprops.set(p, node);
    }
    if (scan.bylines.length < MAX_BYLINES) {
      const id = names.includes('id') ? node.id : '';
      if (
        (cls && BYLINE_CLASS.test(cls)) ||
        (id && BYLINE_CLASS.test(id)) ||
        (names.includes('rel') && node.getAttribute('rel') === 'author') ||
        (itemprop && /(?:^|\s)author(?:\s|$)/.test(itemprop)) ||
        ((names.includes('data-testid') || names.includes('data-component')) &&
          /byline/i.test(node.getAttribute('data-testid') ?? node.getAttribute('data-component') ?? ''))
      ) {
        scan.bylines.push(node);
      }
    }
  }
  scan.bodyVisited = !!visit && !cut && inBody;
  return scan;
}

/** Elements or text after <body> (a document built by DOM calls; the parser puts all content in the body). */
function followedByContent(body: Element): boolean {
  for (let a: Node | null = body; a && a.nodeType === 1; a = a.parentNode) {
    for (let s = a.nextSibling; s; s = s.nextSibling) if (s.nodeType === 1 || s.nodeType === 3) return true;
  }
  return false;
}
