import { elementWalk } from '../dom/next-element';
import type { PassContext } from '../passes/pass-context';
import {
  BLOCK_TAGS,
  CLAUSE_PUNCTUATION,
  MAYBE_CANDIDATE,
  PART_HEADER,
  PARAGRAPH_TAGS,
  SKIP_TAGS,
  THREAD_NAMES,
  UNLIKELY_CANDIDATES,
  UNLIKELY_FLAG_AFTER,
  UNLIKELY_FLAG_BEFORE,
  UNLIKELY_ROLES,
} from '../data/scoring-patterns';
import { MAX_MEASURED_TEXT } from './budget';
import { isDisclosureToggle } from '../passes/disclosure-toggle';
import { isHeadingAnchor } from '../text/heading-anchor';
import { closestTag, hasDescendantTag } from '../dom/has-tag';
import { collapsedLength, nonSpaceLength } from '../text/non-space';
import { LETTER, NUMBER, trimStartOutside } from '../text/char-class';

export interface TreeStats {
  /** Weighted text length of each element's subtree (CJK characters count three). */
  text: Map<Element, number>;
  /** Weighted length of the subtree's text inside links. */
  links: Map<Element, number>;
  /** Clause punctuation marks in the subtree. */
  commas: Map<Element, number>;
  /** Elements that read as one paragraph of text. */
  paragraphs: Set<Element>;
  /**
   * Containers that also hold loose text of their own between blocks (text directly in a div
   * next to its `<p>`s); that text votes as a paragraph of the container.
   */
  looseText: Map<Element, [number, number]>;
  /** List items that hold text but no blocks: bullet points of prose, or menu entries. */
  items: Set<Element>;
  /** `<article>` elements and `itemprop=articleBody` elements met on the way. */
  articles: Element[];
  declared: Element[];
}

// CJK has no spaces: a character carries about as much as three Latin or Devanagari ones.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags that close a subtree for good: boilerplate containers that never hold the article. */
const DROP_TAGS = new Set(['nav', 'aside', 'form', 'button', 'select', 'textarea', 'dialog', 'footer']);

function weightedLength(value: string): number {
  // The length of the text with white space collapsed (nothing for white space alone), counted
  // without building it: this runs on every text node of the page. CJK is never white space.
  let len = collapsedLength(value);
  if (len === 1 && !nonSpaceLength(value)) len = 0;
  if (len && CJK.test(value)) {
    CJK.lastIndex = 0;
    len += 2 * (value.match(CJK)?.length ?? 0);
  }
  CJK.lastIndex = 0;
  return len;
}

/** The page's main-content markers, from metadata's scan of the same body (`DocumentScan`). */
export interface ScannedMains {
  /** <main> and role="main" elements under the root, and its <h1>s, in document order. */
  mains: Element[];
  h1s: Element[];
}

/**
 * One walk over the tree under `root`, skipping removed subtrees, that measures what scoring
 * needs. With `stripUnlikely`, boilerplate-named containers are marked removed on the way
 * (Readability's "unlikely candidates"), unless their names also look like content.
 * `scanned`: the markers under `root` when a walk of the page already gathered them (then
 * ancestorsOfMain needs no walk of its own); they must be exactly those under `root`.
 */
export function measureTree(root: Element, ctx: PassContext, stripUnlikely: boolean, scanned?: ScannedMains): TreeStats {
  const text = new Map<Element, number>();
  const links = new Map<Element, number>();
  const commas = new Map<Element, number>();
  const paragraphs = new Set<Element>();
  const items = new Set<Element>();
  const hasBlockChild = new Set<Element>();
  const order: Element[] = [];
  const parentOf = new Map<Element, Element>();
  const articles: Element[] = [];
  const declared: Element[] = [];
  const looseText = new Map<Element, [number, number]>();

  const readNoscript = ctx.relaxed.has('noscript');
  // Ancestors of the page's <main> elements, found once: asked per candidate, the query walked
  // each candidate's whole subtree.
  let mainAncestors: Set<Element> | null = null;
  const holdsMain = (el: Element): boolean => (mainAncestors ??= ancestorsOfMain(root, scanned)).has(el);
  // Paragraphs of prose on the whole page, counted once and only when a box named for a header
  // or footer holds several.
  let pageProse = -1;
  const proseOfPage = (): number => (pageProse < 0 ? (pageProse = proseParagraphs(root, Infinity)) : pageProse);
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    let own = 0;
    let ownCommas = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const raw = c.nodeValue ?? '';
        // A 20 MB node is measured by its start: enough to win, cheap to scan (budget.ts).
        const v = raw.length > MAX_MEASURED_TEXT ? raw.slice(0, MAX_MEASURED_TEXT) : raw;
        if (v.length) {
          own += weightedLength(v);
          const m = v.match(CLAUSE_PUNCTUATION);
          if (m) ownCommas += m.length;
        }
      }
    }
    text.set(el, own);
    if (own >= 25) looseText.set(el, [own, ownCommas]);
    commas.set(el, ownCommas);
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (ctx.excluded.has(c)) continue;
      const tag = c.localName;
      if (BLOCK_TAGS.has(tag)) hasBlockChild.add(el);
      if (SKIP_TAGS.has(tag) && !(tag === 'noscript' && readNoscript && c.firstElementChild) && !(tag === 'form' && holdsContent(c)) && !(tag === 'aside' && isSideNote(c))) {
        // An accordion's toggle is not scored but stays: its label is the question its panel answers.
        if (DROP_TAGS.has(tag) && stripUnlikely && !(tag === 'button' && isDisclosureToggle(c))) ctx.remove(c, 'grabArticle', `<${tag}> never holds the article`);
        continue;
      }
      // Its attribute names, read once: most elements have no role, id or itemprop, and each
      // getAttribute that misses costs as much under jsdom as one that hits.
      const attrs = c.hasAttributes() ? c.getAttributeNames() : null;
      if (stripUnlikely && attrs && isUnlikely(c, attrs, ctx.pageKind === 'forum', holdsMain, proseOfPage)) {
        ctx.remove(c, 'grabArticle', `unlikely candidate "${`${c.getAttribute('class') ?? ''} ${c.id}`.trim()}"`);
        continue;
      }
      parentOf.set(c, el);
      kids.push(c);
      if (tag === 'article') articles.push(c);
      if (attrs && attrs.includes('itemprop') && c.getAttribute('itemprop') === 'articleBody') declared.push(c);
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }

  // Reverse pre-order visits children before parents: sum subtrees upwards.
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const tag = el.localName;
    const total = text.get(el)!;
    if (!hasBlockChild.has(el)) looseText.delete(el);
    if (tag === 'a') links.set(el, total);
    if (PARAGRAPH_TAGS.has(tag) || ((tag === 'div' || tag === 'section' || tag === 'span') && !hasBlockChild.has(el) && total >= 25)) {
      // A span inside a paragraph is not a paragraph of its own.
      if (tag !== 'span' || !el.parentElement || !PARAGRAPH_TAGS.has(el.parentElement.localName)) paragraphs.add(el);
    }
    if (tag === 'li' && !hasBlockChild.has(el) && total >= 25) items.add(el);
    const parent = parentOf.get(el);
    if (!parent) continue;
    text.set(parent, text.get(parent)! + total);
    commas.set(parent, commas.get(parent)! + commas.get(el)!);
    const l = links.get(el);
    if (l) links.set(parent, (links.get(parent) ?? 0) + l);
  }
  return { text, links, commas, paragraphs, looseText, items, articles, declared };
}

/** Paragraphs a `<form>` must hold to be content (a forum thread in a moderation form), not a search box. */
const FORM_PARAGRAPHS = 3;

/**
 * Some sites wrap content in a `<form>`: a forum's posts (for moderation checkboxes), or the whole
 * page (ASP.NET). Such a form holds posts or paragraphs; search, sign-up and filter forms do not.
 */
function holdsContent(form: Element): boolean {
  return form.getElementsByTagName('article').length > 0 || form.getElementsByTagName('p').length >= FORM_PARAGRAPHS;
}

/** A side note holds prose: this much text, at most this share of it link text. */
const SIDE_NOTE_CHARS = 200;
const SIDE_NOTE_LINKS = 0.2;

/**
 * An `<aside>` set between two paragraphs of the running text that holds prose of its own (a
 * note, a figure with a long caption, a digression under its own heading) is part of the text.
 * Asides beside the text (a sidebar, a related box after the last paragraph) and pull quotes
 * still go.
 */
function isSideNote(aside: Element): boolean {
  const before = aside.previousElementSibling;
  const after = aside.nextElementSibling;
  if (before?.localName !== 'p' || after?.localName !== 'p') return false;
  const text = (aside.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < SIDE_NOTE_CHARS) return false;
  let linked = 0;
  for (const a of aside.getElementsByTagName('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (linked > text.length * SIDE_NOTE_LINKS) return false;
  // A pull quote repeats a sentence of the text around it: the text has it already.
  const around = (aside.parentElement?.textContent ?? '').replace(/\s+/g, ' ');
  const quote = trimStartOutside(text, LETTER | NUMBER).slice(0, PULL_QUOTE_PROBE);
  const first = around.indexOf(quote);
  return first < 0 || around.indexOf(quote, first + 1) < 0;
}

/** How much of an aside's opening is looked for in the text around it. */
const PULL_QUOTE_PROBE = 40;

/**
 * On a forum (`forum`), a container named for comments or replies holds the thread itself.
 * `attrs`: the element's attribute names (getAttributeNames), so that only present ones are read.
 */
function isUnlikely(el: Element, attrs: readonly string[], forum: boolean, holdsMain: (el: Element) => boolean, proseOfPage: () => number): boolean {
  const tag = el.localName;
  if (tag === 'body' || tag === 'article' || tag === 'main' || tag === 'a') return false;
  // No role, class or id: nothing to read (attribute reads are the cost under jsdom).
  const hasClass = attrs.includes('class');
  const hasId = attrs.includes('id');
  if (attrs.includes('role') && UNLIKELY_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (!hasClass && !hasId) return false;
  // An id made from the heading's words ("respond-to-review-comments") names nothing.
  const id = hasId ? el.id : '';
  let names = `${hasClass ? el.getAttribute('class') ?? '' : ''} ${id && !isHeadingAnchor(el, id) ? id : ''}`;
  // A heading that calls itself a "header" (`section-header`, `code-header`) names what it is,
  // not a page header: only its other names can make it boilerplate.
  if (HEADING_TAGS.has(tag)) names = names.replace(/header/gi, ' ');
  if (forum) names = names.replace(THREAD_NAMES, ' ');
  if (names.trim().length < 3) return false;
  if (!hasUnlikelyName(names)) return false;
  // Only names that matched pay for the flag reading (`layout-sidebar-left`, `header-alignment-left`).
  names = names.replace(UNLIKELY_FLAG_BEFORE, ' ').replace(UNLIKELY_FLAG_AFTER, ' ').replace(PART_HEADER, ' ');
  if (!hasUnlikelyName(names) || MAYBE_CANDIDATE.test(names) || hasAncestorIn(el, CODE_OR_TABLE)) return false;
  // A layout wrapper named for its sidebars (`layout__2-sidebars`) that holds the page's main content.
  if (holdsMain(el)) return false;
  // The article's own header: the page title with the lede under it, not the site's masthead.
  if (isOnlyHeader(names) && hasDescendantTag(el, ['h1']) && proseParagraphs(el, 1)) return false;
  // A box named only for a header or a footer that holds most of the page's paragraphs of prose
  // is the body (a theme's `page-footer` that holds the whole list), not a mega-menu or a footer
  // of testimonials beside an article. Comments and sidebars hold prose too: their names keep them unlikely.
  if (!isOnlyHeaderOrFooter(names)) return true;
  const prose = proseParagraphs(el, Infinity);
  return !(prose >= PART_PROSE && prose * 2 > proseOfPage());
}

/** Paragraphs of prose that make a box named for a header or footer part of the body. */
const PART_PROSE = 2;

const CODE_OR_TABLE = new Set(['table', 'code', 'pre']);

/** More <article>s with an <h1> than this are cards, not the page's article (see ancestorsOfMain). */
const MAX_HEADLINED_ARTICLES = 2;

/** `el.closest('table, code, pre')` as a climb (selector matching per ancestor is slow in jsdom). */
function hasAncestorIn(el: Element, tags: ReadonlySet<string>): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (tags.has(a.localName)) return true;
  return false;
}

/** Every element that has a `<main>`, `role="main"` or headline `<article>` element below it, under `root`. */
function ancestorsOfMain(root: Element, scanned?: ScannedMains): Set<Element> {
  const out = new Set<Element>();
  // A walk, not `querySelectorAll('main, [role="main"]')`: under jsdom that query over a whole
  // page costs several times a walk reading one attribute. Or no walk, when the scan's lists are given.
  const mains: Element[] = scanned ? [...scanned.mains] : [];
  const headlined = new Set<Element>();
  // The <article> holding the page's headline is the main content as surely as <main> is
  // (a theme's `penci_sidebar` wrapper around it only says the layout has a sidebar).
  const headline = (h1: Element): void => {
    const article = closestTag(h1, 'article');
    if (article && root.contains(article)) headlined.add(article);
  };
  if (scanned) {
    // An <h1 role="main"> is a main, not a headline.
    const marked = new Set(scanned.mains);
    for (const h1 of scanned.h1s) if (!marked.has(h1)) headline(h1);
  } else {
    const next = elementWalk(root);
    for (let el = next(); el; el = next()) {
      const tag = el.localName;
      if (tag === 'main' || (el.hasAttributes() && el.getAttribute('role') === 'main')) mains.push(el);
      else if (tag === 'h1') headline(el);
    }
  }
  // Many such articles are a list of cards titled with <h1>s: none of them is the page's.
  if (headlined.size <= MAX_HEADLINED_ARTICLES) mains.push(...headlined);
  for (const main of mains) {
    for (let a = main.parentElement; a && !out.has(a); a = a.parentElement) {
      out.add(a);
      if (a === root) break;
    }
  }
  return out;
}

function isOnlyHeader(names: string): boolean {
  return !hasUnlikelyName(names.replace(/header/gi, ' '));
}

function isOnlyHeaderOrFooter(names: string): boolean {
  return !hasUnlikelyName(names.replace(/header|footer/gi, ' '));
}

const UNLIKELY_ANYWHERE = new RegExp(UNLIKELY_CANDIDATES.source, 'gi');
/** A lower-case letter then a capital: where two words of a camelCase name meet ("pageRow"). */
const CAMEL_JOIN = /[a-z][A-Z]/;

/**
 * UNLIKELY_CANDIDATES as Readability reads it (anywhere in the names), except a match across the
 * join of two camelCase words: "PageBuilder-pageRow" holds "pageR", which is not "pager".
 */
function hasUnlikelyName(names: string): boolean {
  if (!UNLIKELY_CANDIDATES.test(names)) return false;
  for (const m of names.matchAll(UNLIKELY_ANYWHERE)) if (!CAMEL_JOIN.test(m[0])) return true;
  return false;
}

/** The paragraphs of at least a sentence or two that `el` holds, counted up to `n`. */
export function proseParagraphs(el: Element, n: number): number {
  let found = 0;
  // A walk, not getElementsByTagName('p'): each index of a live collection goes through a proxy
  // under jsdom. (That matches qualified names, so a prefixed `x:p` is no `p`.)
  const next = elementWalk(el);
  for (let p = next(); p; p = next()) if (p.localName === 'p' && p.prefix === null && (p.textContent ?? '').trim().length >= 100 && ++found >= n) break;
  return found;
}
