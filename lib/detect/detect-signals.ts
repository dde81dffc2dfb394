import { countWords } from '../text/script';
import { nonSpaceLength } from '../text/non-space';
import { metaIndex } from '../metadata/meta-index';
import type { DocumentScan } from '../metadata/scan';
import {
  ARTICLE_TYPES, BLOCK_TAGS, CART_PHRASES, FORUM_TYPES, LISTING_SEGMENTS, LISTING_TYPES,
  PRICE_RE, PRODUCT_SEGMENTS, PRODUCT_TYPES, SEARCH_PARAMS, SKIP_TAGS,
} from './detect-data';
import { MAX_MEASURED_TEXT } from '../extract/budget';

/** Raw measurements of a page, gathered in one bounded read-only walk. */
export interface DetectSignals {
  /** Page types declared in JSON-LD, microdata and Open Graph (lowercased). */
  ldTypes: string[];
  ogType: string;
  declaredArticle: boolean;
  declaredListing: boolean;
  declaredProduct: boolean;
  declaredForum: boolean;
  /** A discussion-thread or Q&A microdata item nested inside another item (not the page's declared type). */
  threadItem: boolean;
  hasPublishedTime: boolean;
  /** Visible text characters in the body, and those inside links. */
  bodyChars: number;
  linkChars: number;
  /** Blocks of running text (≥ 20 words, few links), not teasers: count, words, the longest. */
  textBlocks: number;
  longBlocks: number;
  textWords: number;
  longestBlock: number;
  /** Words of running text under the single best container (the would-be article body). */
  mainWords: number;
  mainBlocks: number;
  /** Headline links and linked headings inside that container. */
  mainHeadlineLinks: number;
  /** Share of link text inside that container. */
  mainLinkDensity: number;
  /** Words of the first <h1> (-1 when there is none): headlines are sentences, section names are not. */
  h1Words: number;
  /** A byline or author element, or author metadata. */
  byline: boolean;
  /** Text blocks sitting in a small card with a headline link: teasers of a listing. */
  teasers: number;
  teaserWords: number;
  /** Links with a headline-length text, and headings that are links (cards of a listing). */
  headlineLinks: number;
  linkedHeadings: number;
  articleEls: number;
  timeEls: number;
  images: number;
  videos: number;
  codeBlocks: number;
  prices: number;
  cartButton: boolean;
  priceMarkup: boolean;
  /** URL shape. */
  urlHome: boolean;
  urlListing: string;
  urlSearch: boolean;
  urlProduct: boolean;
  urlDate: boolean;
  urlSlugWords: number;
  urlNumericId: boolean;
  /** Counts of some elements: paragraphs, list items, form controls, headings. */
  counts: Record<string, number>;
  /** The walk stopped at its node budget. */
  truncated: boolean;
  /** Almost nothing was visible, so hidden text was read too. */
  readHidden: boolean;
}

interface Block {
  parent: Block | null;
  el: Element;
  text: string[];
  /** Own text (not in child blocks), all visible text below, own text inside links. */
  chars: number;
  totalChars: number;
  totalLinkChars: number;
  linkChars: number;
  /** Headline links at or under this block (counted for the block and its parent). */
  headLinks: number;
}

/** Nodes visited at most: enough for the article part of very long pages. */
const MAX_NODES = 60000;
const MAX_LD_CHARS = 300000;
/** Link text of a headline: longer than a menu item, shorter than a paragraph. */
const HEADLINE_MIN = 25;
const HEADLINE_MAX = 250;
const HEADING = /^H[1-6]$/;
/** Class names of a byline or author box. */
const BYLINE_CLASS = /\b(byline|by-line|author|auther|writer|posted-by)/i;
const COUNTED_TAGS = ['P', 'LI', 'BUTTON', 'INPUT', 'SELECT', 'FORM', 'H2', 'H3', 'FIGURE', 'TABLE', 'BLOCKQUOTE'];
/** Teasers are a sentence or two; a longer block is running text even inside a card. */
const TEASER_MAX_CHARS = 600;
/** Below this many visible characters the page is probably waiting for its scripts. */
const MIN_VISIBLE_CHARS = 500;
/** A sentence end in Latin, Devanagari (।), CJK (。！？) or Arabic (؟) script. */
const SENTENCE_END = /[.!?।॥。！？؟](["'”’»)]*)\s*$/u;

/**
 * Collect the detection signals. Reads only; never clones or changes `doc`. `scan`: metadata's
 * walk of the same page (scanDocument), when the caller has one; its <meta> and JSON-LD lists
 * spare two whole-page collections. A capped scan is not used (it may miss some). `collected`: a
 * DetectCollector that was the scan's BodyVisitor; its walk stands for detection's own.
 */
export function collectSignals(doc: Document, url: string, scan?: DocumentScan, collected?: DetectCollector): DetectSignals {
  const shared = scan && !scan.truncated ? scan : undefined;
  const head = doc.head;
  // One read of the head's <meta> (attribute selector queries are slow under jsdom).
  const meta = metaIndex(shared ? shared.metas.filter((m) => !!head && head.contains(m)) : head?.getElementsByTagName('meta') ?? []);
  const ogType = (meta.get('og:type') ?? '').trim().toLowerCase();
  const body = doc.body ?? doc.documentElement;
  // The scan's walk serves when it was told of exactly this body.
  let walk = collected && scan?.bodyVisited && collected.walk.body === body ? summarize(collected.walk) : walkBody(body, false);
  // A page saved before its scripts ran may keep everything hidden (hydration guards, streamed
  // chunks in <div hidden>): when almost nothing is visible, read the hidden text too.
  if (walk.bodyChars < MIN_VISIBLE_CHARS) {
    const all = walkBody(body, true);
    if (all.bodyChars > walk.bodyChars * 4) walk = { ...all, readHidden: true };
  }
  const declared = [...readJsonLdTypes(shared ? shared.jsonLd : doc.getElementsByTagName('script')), ...walk.microTypes];
  const all = [...declared, ...ogType.split(/[.:]/).filter(Boolean)];
  return {
    ldTypes: [...new Set(declared)],
    ogType,
    declaredArticle: all.some((t) => ARTICLE_TYPES.has(t)),
    declaredListing: all.some((t) => LISTING_TYPES.has(t)),
    declaredProduct: all.some((t) => PRODUCT_TYPES.has(t)),
    declaredForum: all.some((t) => FORUM_TYPES.has(t)),
    threadItem: walk.threadItem,
    hasPublishedTime: walk.datePublished || ['article:published_time', 'datepublished', 'date', 'publish-date'].some((k) => meta.has(k)),
    bodyChars: walk.bodyChars,
    linkChars: walk.linkChars,
    textBlocks: walk.textBlocks,
    longBlocks: walk.longBlocks,
    textWords: walk.textWords,
    longestBlock: walk.longestBlock,
    mainWords: walk.mainWords,
    mainBlocks: walk.mainBlocks,
    mainHeadlineLinks: walk.mainHeadlineLinks,
    mainLinkDensity: Math.round(walk.mainLinkDensity * 1000) / 1000,
    h1Words: walk.h1Words,
    byline: walk.byline || meta.has('author') || meta.has('article:author'),
    teasers: walk.teasers,
    teaserWords: walk.teaserWords,
    headlineLinks: walk.headlineLinks,
    linkedHeadings: walk.linkedHeadings,
    articleEls: walk.tags.ARTICLE ?? 0,
    timeEls: walk.tags.TIME ?? 0,
    images: walk.tags.IMG ?? 0,
    videos: (walk.tags.VIDEO ?? 0) + walk.videoFrames,
    codeBlocks: walk.tags.PRE ?? 0,
    prices: walk.prices,
    cartButton: walk.cartButton,
    priceMarkup: walk.priceMarkup || meta.has('product:price:amount') || meta.has('og:price:amount'),
    ...readUrl(url || doc.URL || ''),
    counts: Object.fromEntries(COUNTED_TAGS.map((t) => [t.toLowerCase(), walk.tags[t] ?? 0])),
    truncated: walk.truncated,
    readHidden: walk.readHidden,
  };
}

/** Types from JSON-LD (top items, their @graph and mainEntity), lowercased, without the schema.org prefix. */
function readJsonLdTypes(scripts: ArrayLike<Element> & { item?(i: number): Element | null }): string[] {
  const out: string[] = [];
  const add = (t: unknown) => {
    for (const v of Array.isArray(t) ? t : [t]) if (typeof v === 'string') out.push(v.replace(/^.*[/#:]/, '').toLowerCase());
  };
  let budget = MAX_LD_CHARS;
  // Length read once and item() per index: jsdom re-checks a live collection on every indexed
  // read, which made this loop quadratic on pages with many scripts.
  const count = scripts.length;
  for (let i = 0; i < count; i++) {
    const s = scripts.item ? scripts.item(i) : scripts[i];
    if (!s) break;
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const raw = s.textContent ?? '';
    if (raw.length > budget) break;
    budget -= raw.length;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    // Nested authors, publishers and list items describe other things than the page.
    for (const it of Array.isArray(data) ? data : [data]) {
      if (!it || typeof it !== 'object') continue;
      const o = it as Record<string, unknown>;
      add(o['@type']);
      if (Array.isArray(o['@graph'])) for (const g of o['@graph']) if (g && typeof g === 'object') add((g as Record<string, unknown>)['@type']);
      const main = o['mainEntity'];
      if (main && typeof main === 'object' && !Array.isArray(main)) add((main as Record<string, unknown>)['@type']);
    }
  }
  return out;
}

/** The attribute's value, read only when `names` (its getAttributeNames) has it. */
function attrIn(el: Element, names: readonly string[] | null, name: string): string | null {
  return names && names.includes(name) ? el.getAttribute(name) : null;
}

/** `names`: the element's attribute names (getAttributeNames), to read only those it has. */
function isHidden(el: Element, names: readonly string[]): boolean {
  if (names.includes('hidden') || (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true')) return true;
  const style = names.includes('style') ? el.getAttribute('style') : null;
  return !!style && /display\s*:\s*none/i.test(style);
}

/** Where a node stands: shared by all children of an element (one object per element, not per node). */
interface Frame {
  block: Block;
  inLink: boolean;
  /** The heading element we are inside, if any. */
  heading: Element | null;
  inItem: boolean;
}

/** Upper-case tag names by local name (one string per tag instead of one per element). */
const UPPER = new Map<string, string>();
const upper = (name: string): string => {
  let u = UPPER.get(name);
  if (u === undefined) UPPER.set(name, (u = name.toUpperCase()));
  return u;
};

/**
 * The walk's state, fed one node at a time in document order with the frame of its parent:
 * text is charged to the nearest block element; tags, links, buttons, microdata and prices are
 * counted on the way. Stops after MAX_NODES nodes. Driven by `walkBody`'s own walk, or by
 * metadata's scan through `DetectCollector` (one walk of the page for both).
 */
class BodyWalk {
  readonly root: Block;
  readonly blocks: Block[];
  readonly rootFrame: Frame;
  tags: Record<string, number> = {};
  microTypes: string[] = [];
  headlineAnchors: Array<[Element, Block]> = [];
  linkedHeadingEls = new Set<Element>();
  bodyChars = 0;
  linkChars = 0;
  nodes = 0;
  truncated = false;
  prices = 0;
  cartButton = false;
  priceMarkup = false;
  datePublished = false;
  videoFrames = 0;
  h1Words = -1;
  byline = false;
  threadItem = false;

  constructor(readonly body: Element, readonly withHidden: boolean) {
    this.root = { parent: null, el: body, text: [], chars: 0, totalChars: 0, totalLinkChars: 0, linkChars: 0, headLinks: 0 };
    this.blocks = [this.root];
    this.rootFrame = { block: this.root, inLink: false, heading: null, inItem: false };
  }

  /**
   * One node under the frame of its parent. Returns the frame of its children, or null when they
   * are not read (text, skipped and hidden elements, media). Sets `truncated` past the budget.
   */
  /** `names` and `cls`: the attribute names and class when the caller read them (see BodyVisitor). */
  visit(node: Node, frame: Frame, tag?: string, names?: readonly string[] | null, cls?: string | null): Frame | null {
    if (++this.nodes > MAX_NODES) {
      this.truncated = true;
      return null;
    }
    const { block, inLink, heading, inItem } = frame;
    const nodeType = node.nodeType;
    if (nodeType === 3) {
      const raw = node.nodeValue ?? '';
      // A huge text node is read by its start (see MAX_MEASURED_TEXT in lib/extract/budget.ts).
      const t = raw.length > MAX_MEASURED_TEXT ? raw.slice(0, MAX_MEASURED_TEXT) : raw;
      const n = nonSpaceLength(t);
      if (!n) return null;
      this.bodyChars += n;
      block.chars += n;
      block.text.push(t);
      if (inLink) {
        this.linkChars += n;
        block.linkChars += n;
      }
      if (this.prices < 200 && /\d/.test(t)) this.prices += t.match(PRICE_RE)?.length ?? 0;
      return null;
    }
    if (nodeType !== 1) return null;
    const el = node as Element;
    const body = this.body;
    // Local names from the scan: the parser gives HTML elements no prefix, so tagName is the same.
    tag = tag === undefined ? el.tagName.toUpperCase() : upper(tag);
    // Attribute reads are the cost of this walk under jsdom; many elements have none to read.
    // One read of the names, then only the attributes the element has (most reads below miss).
    if (names === undefined) names = el.hasAttributes() ? el.getAttributeNames() : null;
    const bare = !names;
    if (node !== body && (SKIP_TAGS.has(tag) || (!this.withHidden && names && isHidden(el, names)))) {
      if (tag === 'IFRAME' && /youtube|vimeo|player|video/i.test(el.getAttribute('src') ?? '')) this.videoFrames++;
      return null;
    }
    this.tags[tag] = (this.tags[tag] ?? 0) + 1;
    let b = block;
    if (node !== body && BLOCK_TAGS.has(tag)) {
      b = { parent: block, el, text: [], chars: 0, totalChars: 0, totalLinkChars: 0, linkChars: 0, headLinks: 0 };
      this.blocks.push(b);
    }
    let link = inLink;
    let head = heading;
    if (tag === 'A' && (names ? names.includes('href') : false)) {
      link = true;
      if (heading) this.linkedHeadingEls.add(heading);
      const len = (el.textContent ?? '').trim().length;
      if (len >= HEADLINE_MIN && len <= HEADLINE_MAX) this.headlineAnchors.push([el, b]);
    }
    if (tag === 'H1' && this.h1Words < 0) this.h1Words = countWords(el.textContent ?? '');
    if (HEADING.test(tag)) {
      head = el;
      if (inLink && tag !== 'H1') this.linkedHeadingEls.add(el);
    }
    if (cls === undefined) cls = attrIn(el, names, 'class');
    const prop = attrIn(el, names, 'itemprop');
    if (!this.byline && !bare && ((cls && BYLINE_CLASS.test(cls)) || attrIn(el, names, 'rel') === 'author' || /\bauthor\b/.test(prop ?? ''))) this.byline = true;
    if (tag === 'BUTTON' || tag === 'INPUT' || (cls && /cart|basket|buy/i.test(cls))) {
      if (!this.cartButton) {
        const t = (tag === 'INPUT' ? el.getAttribute('value') ?? '' : (el.textContent ?? '').slice(0, 80)) + ' ' + (el.getAttribute('aria-label') ?? '');
        if (CART_PHRASES.test(t) || (cls && /add[-_]?to[-_]?(cart|bag|basket)/i.test(cls))) this.cartButton = true;
      }
    }
    let item = inItem;
    if (names && names.includes('itemscope')) {
      // Only a top-level item is the page's type; nested ones are authors, ratings, offers.
      for (const t of (el.getAttribute('itemtype') ?? '').trim().split(/\s+/)) {
        if (!t) continue;
        const type = t.replace(/^.*[/#:]/, '').toLowerCase();
        if (!inItem) this.microTypes.push(type);
        // Forum software nests the thread inside a WebPage item: any thread item counts there.
        else if (FORUM_TYPES.has(type)) this.threadItem = true;
      }
      item = true;
    }
    if (prop) {
      if (/\b(price|offers|lowPrice)\b/.test(prop)) this.priceMarkup = true;
      if (/\bdatePublished\b/.test(prop)) this.datePublished = true;
    }
    if (tag === 'VIDEO' || tag === 'AUDIO') return null;
    return { block: b, inLink: link, heading: head, inItem: item };
  }
}

/**
 * A `BodyVisitor` for metadata's scan (scanDocument): the detection walk over the nodes the scan
 * is told of, so detection needs no walk of its own. The scan does not say where an element
 * ends, so each node's parent is looked up and the open elements kept on a stack. Read with
 * `walk` only when the scan told it of the whole body (`bodyVisited`).
 */
export class DetectCollector {
  readonly walk: BodyWalk;
  /**
   * Open elements (the body first) and the frames of their children (null: not read), innermost
   * at `depth - 1` (a depth, not `length`: setting an array's length is a slow runtime call).
   */
  private readonly open: Node[];
  private readonly frames: Array<Frame | null>;
  private depth = 1;

  constructor(body: Element) {
    this.walk = new BodyWalk(body, false);
    this.open = [body];
    this.frames = [this.walk.visit(body, this.walk.rootFrame)];
  }

  private frameOf(node: Node, parent: Node | null): Frame | null | undefined {
    const open = this.open;
    let top = this.depth - 1;
    while (top >= 0 && open[top] !== parent) top--;
    // Not under the body: not the walk's (the scan tells only of the body's nodes).
    if (top < 0) return undefined;
    this.depth = top + 1;
    return this.frames[top];
  }

  /** `parent`: the node's parentNode, when the scan read it. */
  text(node: Text, parent: Node | null = node.parentNode): void {
    this.leaf(node, parent);
  }

  /** Comments and processing instructions: read for the node budget only. */
  other(node: Node, parent: Node | null = node.parentNode): void {
    this.leaf(node, parent);
  }

  private leaf(node: Node, parent: Node | null): void {
    if (this.walk.truncated) return;
    const frame = this.frameOf(node, parent);
    if (frame) this.walk.visit(node, frame);
  }

  element(el: Element, tag: string, names?: readonly string[] | null, parent: Node | null = el.parentNode, cls?: string | null): void {
    if (this.walk.truncated) return;
    const frame = this.frameOf(el, parent);
    if (frame === undefined) return;
    this.open[this.depth] = el;
    this.frames[this.depth++] = frame && this.walk.visit(el, frame, tag, names, cls);
  }
}

/** One iterative walk over the body (see BodyWalk), when no scan did it. */
function walkBody(body: Element, withHidden: boolean) {
  const walk = new BodyWalk(body, withHidden);
  // Nodes to visit and their frames, as two parallel stacks.
  const stack: Node[] = [body];
  const frames: Frame[] = [walk.rootFrame];
  while (stack.length) {
    const node = stack.pop()!;
    const frame = walk.visit(node, frames.pop()!);
    if (walk.truncated) break;
    if (!frame) continue;
    // Push children last-first so text is read in document order.
    for (let c = node.lastChild; c; c = c.previousSibling) {
      stack.push(c);
      frames.push(frame);
    }
  }
  return summarize(walk);
}

/** The walk's figures: blocks totalled bottom-up, running text, teasers and the main container. */
function summarize(walk: BodyWalk) {
  const { blocks, tags, microTypes, headlineAnchors, linkedHeadingEls, bodyChars, linkChars, truncated, prices, cartButton, priceMarkup, datePublished, videoFrames, h1Words, byline, threadItem } = walk;
  // Bottom-up totals (blocks are in document pre-order, so children come after parents).
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    b.totalChars += b.chars;
    b.totalLinkChars += b.linkChars;
    if (b.parent) {
      b.parent.totalChars += b.totalChars;
      b.parent.totalLinkChars += b.totalLinkChars;
    }
  }
  for (const [, b] of headlineAnchors) {
    b.headLinks++;
    if (b.parent) b.parent.headLinks++;
  }

  let textBlocks = 0;
  let longBlocks = 0;
  let textWords = 0;
  let longestBlock = 0;
  let teasers = 0;
  let teaserWords = 0;
  const groups = new Map<Block, { words: number; blocks: number }>();
  const credit = (g: Block | null, words: number) => {
    if (!g) return;
    const cur = groups.get(g) ?? { words: 0, blocks: 0 };
    cur.words += words;
    cur.blocks += 1;
    groups.set(g, cur);
  };
  for (const b of blocks) {
    if (b.chars < 40 || b.linkChars > b.chars * 0.5) continue;
    if (HEADING.test(b.el.tagName.toUpperCase())) continue;
    const text = b.text.join(' ');
    const words = countWords(text);
    // Running text: a long block with few links, or a shorter one that ends a sentence.
    if (words < 20 ? words < 8 || !SENTENCE_END.test(text) : b.linkChars > b.chars * (words >= 40 ? 0.5 : 0.35)) continue;
    // A teaser: a short block in a small card that also holds a headline link of its own.
    const card = b.chars < TEASER_MAX_CHARS
      ? [b.parent, b.parent?.parent].find((p) => p && p.headLinks > b.headLinks && p.totalChars < 2.5 * b.chars + 250)
      : undefined;
    if (card) {
      teasers++;
      teaserWords += words;
      continue;
    }
    textBlocks++;
    textWords += words;
    if (words >= 40) longBlocks++;
    if (words > longestBlock) longestBlock = words;
    // A paragraph counts for its container and the one above (paragraphs wrapped one by one).
    credit(b.parent, words);
    if (b.parent?.parent) credit(b.parent.parent, words);
  }
  let mainWords = 0;
  let mainBlocks = 0;
  let main: Block | null = null;
  for (const [g, v] of groups) {
    if (v.words > mainWords) {
      mainWords = v.words;
      mainBlocks = v.blocks;
      main = g;
    }
  }
  let mainHeadlineLinks = 0;
  const mainLinkDensity = main && main.totalChars ? main.totalLinkChars / main.totalChars : 0;
  if (main) {
    for (const [a] of headlineAnchors) if (main.el.contains(a)) mainHeadlineLinks++;
  }
  return {
    bodyChars, linkChars, textBlocks, longBlocks, textWords, longestBlock, mainWords, mainBlocks,
    mainHeadlineLinks, mainLinkDensity, h1Words, byline, teasers, teaserWords, prices, truncated, tags, microTypes, cartButton,
    priceMarkup, datePublished, videoFrames, threadItem, readHidden: false,
    headlineLinks: headlineAnchors.length,
    linkedHeadings: linkedHeadingEls.size,
  };
}

function readUrl(raw: string) {
  const out = {
    urlHome: false, urlListing: '', urlSearch: false, urlProduct: false, urlDate: false,
    urlSlugWords: 0, urlNumericId: false,
  };
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return out;
  }
  if (!/^https?:$/.test(u.protocol)) return out;
  const segs = u.pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s).toLowerCase();
    } catch {
      return s.toLowerCase();
    }
  });
  const last = (segs[segs.length - 1] ?? '').replace(/\.(s?html?|php|aspx?|cms)$/, '');
  out.urlHome = segs.length === 0 || (segs.length === 1 && /^(index|home|default|[a-z]{2}(-[a-z]{2})?)$/.test(last));
  out.urlListing = segs.find((s) => LISTING_SEGMENTS.has(s)) ?? '';
  out.urlSearch =
    /(^|\/)search(\/|$|\.)/.test(u.pathname.toLowerCase()) ||
    (SEARCH_PARAMS.some((p) => u.searchParams.has(p)) && (segs.length === 0 || /search|find|results/.test(u.pathname.toLowerCase())));
  out.urlProduct = segs.slice(0, -1).some((s) => PRODUCT_SEGMENTS.has(s));
  out.urlDate =
    /(^|\/)(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)/.test(u.pathname) ||
    /(^|[/-])(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([/-]|$)/.test(u.pathname);
  // Words of the longest slug-like segment: "why-the-rupee-fell-today" is a story, "news" is not.
  let slug = 0;
  for (const s of segs) {
    const w = s.split(/[-_+]+/).filter((x) => /\p{L}/u.test(x)).length;
    if (w > slug) slug = w;
  }
  out.urlSlugWords = slug;
  out.urlNumericId = /(^|[/_-])\d{5,}([/._-]|$)/.test(u.pathname);
  return out;
}
