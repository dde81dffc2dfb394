// The one sanitization path for page-derived HTML: DOMPurify with an explicit allow-list
// (see allow-list.ts) and a few hooks. One configured instance per window, cached: extraction
// runs on every page and building the sets and hooks each time would be waste.
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import {
  ALLOWED_URI, FORBID_CONTENTS_EXTRA, FRAME_TAGS, HTML_ATTRS, HTML_TAGS, MATHML_ATTRS, MATHML_TAGS,
  SAFE_DATA_IMAGE, SVG_ATTRS, SVG_TAGS,
} from './allow-list';
import { mendParseNesting } from './parse-stable';

type Win = Window & typeof globalThis;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Characters browsers ignore inside a URL scheme ("java\tscript:"). */
const URL_JUNK = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;
const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite', 'xlink:href']);

const BASE_CONFIG: Config = {
  ALLOWED_TAGS: [...HTML_TAGS, ...MATHML_TAGS, ...SVG_TAGS],
  ALLOWED_ATTR: [...HTML_ATTRS, ...MATHML_ATTRS, ...SVG_ATTRS],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ADD_FORBID_CONTENTS: FORBID_CONTENTS_EXTRA,
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  SAFE_FOR_XML: true,
  WHOLE_DOCUMENT: false,
};

interface Instances { html?: Purifier; fragment?: Purifier; inPlace?: Purifier }
const CACHE = new WeakMap<object, Instances>();

/** A URL that stays: http(s), mailto, tel, relative, or a raster data: image. */
export function isSafeUrl(value: string): boolean {
  const compact = value.replace(URL_JUNK, '');
  if (/^data:/i.test(compact)) return SAFE_DATA_IMAGE.test(compact);
  return ALLOWED_URI.test(compact);
}

/** A srcset descriptor as HTML defines them: a width (`640w`), a density (`1.5x`) or a height. */
const SRCSET_DESCRIPTOR = /^(\d+w|\d*\.?\d+x|\d+h)?$/;

/** Keep only srcset candidates whose URL is safe and whose descriptor is valid; '' when none is. */
export function filterSrcset(value: string): string {
  return splitSrcset(value)
    .filter((c) => isSafeUrl(c.url) && SRCSET_DESCRIPTOR.test(c.descriptor.trim()))
    .map((c) => (c.descriptor ? `${c.url} ${c.descriptor}` : c.url)).join(', ');
}

/** srcset candidates, per the HTML parsing rules (URLs may contain commas, e.g. `w_100,h_50`). */
export function splitSrcset(value: string): Array<{ url: string; descriptor: string }> {
  const out: Array<{ url: string; descriptor: string }> = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(value[i])) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !/\s/.test(value[j])) j++;
    let url = value.slice(i, j);
    i = j;
    let descriptor = '';
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      let depth = 0;
      const start = i;
      while (i < n && (value[i] !== ',' || depth > 0)) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = value.slice(start, i).trim();
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

/** A link standing for a frame or plug-in, so the reader can still open what was embedded. */
function frameLink(node: Element): Element | null {
  const raw = node.getAttribute('src') ?? node.getAttribute('data') ?? '';
  const url = raw.replace(URL_JUNK, '');
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const a = node.ownerDocument.createElement('a');
  a.setAttribute('href', url);
  a.textContent = `Embedded content (${host})`;
  return a;
}

function addHooks(purify: Purifier, stringOutput: boolean): void {
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    // Not inside a link: nested links would split when the output is parsed again.
    if (FRAME_TAGS.has(data.tagName) && el.parentNode && !el.parentElement?.closest('a')) {
      // Inserted after the frame, so DOMPurify's walk still visits and checks the link.
      const link = frameLink(el);
      if (link) el.parentNode.insertBefore(link, el.nextSibling);
    }
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const el = node as Element;
    // SVG links and references (`<a href>`, `xlink:href`) are never needed for a shape.
    if (el.namespaceURI === SVG_NS && (data.attrName === 'href' || data.attrName === 'xlink:href')) {
      data.keepAttr = false;
      return;
    }
    if (URL_ATTRS.has(data.attrName) && !isSafeUrl(data.attrValue)) data.keepAttr = false;
    else if (data.attrName === 'srcset') {
      const kept = filterSrcset(data.attrValue);
      if (kept) data.attrValue = kept;
      else data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.hasAttribute('target')) {
      if (el.getAttribute('target') === '_blank') el.setAttribute('rel', 'noopener noreferrer');
      else el.removeAttribute('target');
    }
    // Media must not start by itself in the reader view.
    if (el.localName === 'video' || el.localName === 'audio') el.setAttribute('controls', '');
  });
  if (stringOutput) {
    purify.addHook('afterSanitizeElements', (node) => {
      // The parser drops one newline right after <pre>, the serializer does not add it back:
      // double it so the string re-parses to the same text (and re-sanitizing changes nothing).
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if ((el.localName === 'pre' || el.localName === 'listing') && el.firstChild?.nodeType === 3 && (el.firstChild.nodeValue ?? '').startsWith('\n')) {
        el.insertBefore(el.ownerDocument.createTextNode('\n'), el.firstChild);
      }
    });
  }
}

/** The configured DOMPurify of `win` (created once per window and kind, then reused). */
export function purifierFor(win: Win, kind: keyof Instances): Purifier {
  let entry = CACHE.get(win);
  if (!entry) CACHE.set(win, (entry = {}));
  let purify = entry[kind];
  if (!purify) {
    purify = DOMPurify(win);
    purify.setConfig(
      kind === 'fragment' ? { ...BASE_CONFIG, RETURN_DOM_FRAGMENT: true } : kind === 'inPlace' ? { ...BASE_CONFIG, IN_PLACE: true } : BASE_CONFIG,
    );
    addHooks(purify, kind === 'html');
    entry[kind] = purify;
  }
  return purify;
}

/** Sanitize page-derived HTML into a fragment (adopt it into the target document on insertion). */
export function sanitizeToFragment(html: string, win: Win): DocumentFragment {
  const holder = sanitizeToElement(html, win);
  const out = holder.ownerDocument.createDocumentFragment();
  while (holder.firstChild) out.appendChild(holder.firstChild);
  return out;
}

/**
 * Sanitize page-derived HTML into a detached `<div>` holding the result, in DOMPurify's own
 * document. For reading the result back (its HTML, its text) without moving every node again.
 */
export function sanitizeToElement(html: string, win: Win): Element {
  try {
    // Under one wrapper: DOMPurify moves the top-level nodes into its fragment one by one, and
    // in jsdom each move costs more the more there are (10,000 top-level paragraphs: 10 s;
    // wrapped: 0.1 s). A stray `</div>` in the page only closes the wrapper early; what follows
    // is sanitized all the same and kept, in order, after the wrapper's children.
    const wrapped = purifierFor(win, 'fragment').sanitize(`<div>${html}</div>`) as unknown as DocumentFragment;
    const first = wrapped.firstChild;
    let holder: Element;
    if (first && first.nodeType === 1 && (first as Element).localName === 'div') holder = first as Element;
    else holder = (wrapped.ownerDocument ?? win.document).createElement('div');
    // Usually nothing follows the wrapper; each move is a full jsdom mutation.
    for (let n = holder === first ? first.nextSibling : wrapped.firstChild; n; n = holder === first ? first.nextSibling : wrapped.firstChild) holder.appendChild(n);
    if (holder.parentNode) holder.remove();
    return holder;
  } catch {
    // jsdom's parser and node cloning recurse once per level and overflow past ~4,000 levels of
    // nesting (extraction caps its copy at 512, see lib/extract/budget.ts). Fail closed: nothing.
    return win.document.createElement('div');
  }
}

/**
 * Sanitize the children of `root`, a tree of our own inert document (extraction's copy of the
 * article), where they stand: no serialize-and-parse round trip, which was most of the
 * sanitizing cost. They move under a fresh `<div>` first, as `root.innerHTML` would have carried
 * them: `root`'s own tag is not output (and DOMPurify would drop a copied `<body>` or
 * `<noscript>` root with everything in it). Returns that div; its HTML is the output string (see
 * `serializeSanitized`), which every consumer parses and sanitizes again before showing it.
 */
export function sanitizeInPlace(root: Element, win: Win): Element {
  const doc = root.ownerDocument;
  const holder = doc.createElement('div');
  for (let n = root.firstChild; n; n = root.firstChild) holder.appendChild(n);
  try {
    // DOMPurify sanitizes a node in place only when it recognises it as a node of its window;
    // anything else it would read as a string and leave `holder` untouched. Then take the string
    // path, which parses a copy (and trims <pre> newlines itself).
    if ((purifierFor(win, 'inPlace').sanitize(holder) as unknown) !== holder) return sanitizeToElement(holder.innerHTML, win);
  } catch {
    // DOMPurify refuses a tree it cannot clean safely in place, and jsdom overflows on absurd
    // nesting: fail closed, nothing.
    return doc.createElement('div');
  }
  // As parsing the HTML would: one newline right after <pre> is not content.
  for (const el of newlineTrimmed(holder)) {
    const first = el.firstChild as Text;
    first.nodeValue = (first.nodeValue ?? '').slice(1);
  }
  // The output must parse back to this tree: mend nestings the parser never builds, and where
  // that is not enough (rare), take the parse of the output itself.
  if (!mendParseNesting(holder)) return sanitizeToElement(serializeSanitized(holder), win);
  return holder;
}

/** `pre`-like elements under `holder` whose first child is text starting with a newline. */
function newlineTrimmed(holder: Element): Element[] {
  const out: Element[] = [];
  for (const tag of ['pre', 'listing', 'textarea']) {
    for (const el of Array.from(holder.getElementsByTagName(tag))) {
      if (el.firstChild?.nodeType === 3 && (el.firstChild.nodeValue ?? '').startsWith('\n')) out.push(el);
    }
  }
  return out;
}

/**
 * The HTML of an element sanitized in place. The parser drops one newline right after `<pre>`
 * and the serializer does not add it back, so such a newline is doubled on the way out: the
 * string re-parses to the same text.
 */
export function serializeSanitized(holder: Element): string {
  const doubled = newlineTrimmed(holder).map((el) => el.firstChild as Text);
  for (const text of doubled) text.nodeValue = `\n${text.nodeValue}`;
  const html = holder.innerHTML;
  for (const text of doubled) text.nodeValue = (text.nodeValue ?? '').slice(1);
  return html;
}

/** Sanitize page-derived HTML into a string. */
export function sanitizeHtml(html: string, win: Win): string {
  try {
    return purifierFor(win, 'html').sanitize(html) as unknown as string;
  } catch {
    // As above: a stack overflow on absurd nesting yields nothing rather than a throw.
    return '';
  }
}
