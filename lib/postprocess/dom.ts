// Small DOM helpers shared by the post-processing passes. Standard DOM only, no globals such as
// `Node` or `window` (the core also runs on jsdom documents in Node).
import type { PassContext } from '../passes/pass-context';
import { elementWalk } from '../dom/next-element';

export const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
export const SVG_NS = 'http://www.w3.org/2000/svg';
export const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Descendants of `root` matching `selector`, as a static array (safe to mutate while looping). */
export function all<T extends Element = Element>(root: Element, selector: string): T[] {
  const parts = simpleList(selector);
  const walk = parts && (parts === 'any' || parts.length > 1 || parts[0].attr !== null);
  // A lone tag absent from the tree (the usual case for table, pre, noscript...): jsdom's tag
  // lookup says so without compiling a selector in this document.
  if (parts && !walk && parts[0].tag !== null) return tagged(root, parts[0].tag) as T[];
  return (walk ? walkSimple(root, parts) : Array.from(root.querySelectorAll(selector))) as T[];
}

/**
 * The elements named `tag` below `root`, from jsdom's tag lookup (usually none: the lookup says
 * so without compiling a selector in this document). Read through `item()`: indexing the
 * collection goes through its proxy, and a selector query would walk the tree again.
 */
function tagged(root: Element, tag: string): Element[] {
  const found = root.getElementsByTagName(tag);
  const n = found.length;
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = found.item(i)!;
  return out;
}

/** One part of a simple selector list: a tag name and/or one attribute that must be present. */
interface SimplePart {
  tag: string | null;
  attr: string | null;
}

/** Selectors that are `*` or a list of `tag`, `tag[attr]`, `[attr]` (lower case); null for anything else. */
const SIMPLE_LISTS = new Map<string, SimplePart[] | 'any' | null>();
const SIMPLE_PART = /^([a-z][a-z0-9-]*)?(?:\[([a-z][a-z0-9-]*)\])?$/;

function simpleList(selector: string): SimplePart[] | 'any' | null {
  let parts = SIMPLE_LISTS.get(selector);
  if (parts === undefined) {
    const s = selector.trim();
    if (s === '*') parts = 'any';
    else {
      parts = [];
      for (const piece of s.split(',')) {
        const m = SIMPLE_PART.exec(piece.trim());
        if (!m || (!m[1] && !m[2])) { parts = null; break; }
        parts.push({ tag: m[1] ?? null, attr: m[2] ?? null });
      }
    }
    SIMPLE_LISTS.set(selector, parts);
  }
  return parts;
}

/**
 * What querySelectorAll gives for a simple selector list, from a walk: under jsdom a selector
 * query costs many times a walk. A type selector matches the local name exactly (HTML-parsed
 * names are lower case; a script-made `SPAN` matches no `span`), in any namespace; `[attr]` is
 * an attribute of that name without a namespace prefix, as `hasAttribute` reads it.
 */
function walkSimple(root: Element, parts: SimplePart[] | 'any'): Element[] {
  const out: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    if (parts === 'any') out.push(el);
    else {
      const name = el.localName;
      for (const p of parts) {
        if ((p.tag === null || p.tag === name) && (p.attr === null || el.hasAttribute(p.attr))) {
          out.push(el);
          break;
        }
      }
    }
  }
  return out;
}

/** The base the article's relative URLs resolve against: a <base> in the working document, else ctx.url. */
export function baseUrl(root: Element, ctx: PassContext): string {
  // Extraction says what its copy's <base> holds: reading baseURI costs jsdom a selector query
  // (compiled afresh in each document).
  if (ctx.base !== undefined) return ctx.base || ctx.url;
  const docBase = root.ownerDocument.baseURI;
  if (docBase && /^https?:/i.test(docBase)) return docBase;
  return ctx.url;
}

/** Absolute URL of `value` against `base`, or null when it cannot be resolved. */
export function resolveUrl(value: string, base: string): string | null {
  const v = value.trim();
  if (!v) return null;
  try {
    return new URL(v, base || undefined).href;
  } catch {
    return null;
  }
}

/** Replace `el` with its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** A new element named `name` holding `el`'s children (and, optionally, its attributes) in its place. */
export function rename(el: Element, name: string, keepAttributes = true): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(name);
  if (keepAttributes) for (const a of Array.from(el.attributes)) out.setAttribute(a.name, a.value);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.parentNode?.replaceChild(out, el);
  return out;
}

/** class and id of an element, lower-cased, for token tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Text without whitespace of any kind (incl. nbsp and zero-width). */
export function hasText(node: Node): boolean {
  return /[^\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(node.textContent ?? '');
}

/** Phrasing (inline) parents cannot hold a block without the HTML parser splitting them. */
const PHRASING_PARENTS = new Set(['p', 'a', 'span', 'em', 'strong', 'b', 'i', 'u', 'small', 'sup', 'sub', 'font', 'label', 'q', 'cite', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'mark', 'time', 's', 'del', 'ins']);
export function inPhrasingContext(el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && PHRASING_PARENTS.has(parent.localName);
}

/** Tag names and class tokens present under an element, lower-cased (see `treeNames`). */
export interface TreeNames {
  tags: Set<string>;
  classes: Set<string>;
}

/**
 * Every tag name and class token below `root` (not `root` itself), lower-cased, from one walk
 * (class tokens: only those in `wanted`, when given).
 * A pass checks it before running a selector that usually matches nothing (maths, embeds):
 * under jsdom one such selector query costs about fifteen plain walks. Lower-casing makes the
 * check a superset of what a case-sensitive selector matches, so skipping on it is always safe.
 */
export function treeNames(root: Element, wanted?: readonly string[]): TreeNames {
  const tags = new Set<string>();
  const classes = new Set<string>();
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    tags.add(el.localName.toLowerCase());
    const cls = el.getAttribute('class')?.toLowerCase();
    // With `wanted` (lower-cased), only those classes are recorded, and a class attribute holding
    // none of them is not split: the per-element split is most of this walk's allocation.
    if (cls && (!wanted || wanted.some((w) => cls.includes(w)))) {
      for (const token of cls.split(/[\t\n\f\r ]+/)) if (token && (!wanted || wanted.includes(token))) classes.add(token);
    }
  }
  return { tags, classes };
}

/** Every tag name below `root` (not `root` itself), lower-cased: `treeNames` without the class reads. */
export function treeTags(root: Element): Set<string> {
  const tags = new Set<string>();
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) tags.add(el.localName.toLowerCase());
  return tags;
}

/** True when `names` holds any of `tags` or any of `classes` (both given lower-cased). */
export function hasAny(names: TreeNames, tags: readonly string[], classes: readonly string[] = []): boolean {
  return tags.some((t) => names.tags.has(t)) || classes.some((c) => names.classes.has(c));
}

/**
 * What `root.normalize()` does (each run of adjacent text nodes joined into its first non-empty
 * one, empty text nodes removed), touching only the nodes that change: jsdom's own normalize
 * writes to every text node of the tree (an empty replaceData and a mutation record each).
 */
export function normalizeText(root: Element): void {
  const texts: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    const parent = t.parentNode;
    // Joined into an earlier node of its run.
    if (!parent) continue;
    if (!t.data) {
      parent.removeChild(t);
      continue;
    }
    let next = t.nextSibling;
    if (next?.nodeType !== 3) continue;
    let data = '';
    for (let n: Node | null = next; n?.nodeType === 3; n = n.nextSibling) data += (n as Text).data;
    t.appendData(data);
    for (next = t.nextSibling; next?.nodeType === 3; next = t.nextSibling) parent.removeChild(next);
  }
}
