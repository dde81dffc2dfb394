import type { PassContext } from '../passes/pass-context';
import { weightOfNames } from './grab-article';
import { countWords } from '../text/script';
import { collapsedTrimmedLength } from '../text/non-space';
import { BlockStatsIndex, type BlockStats } from './block-stats';
import { countBySignature, signature } from '../dom/signature';
import { childElements, elementWalk, findDescendant } from '../dom/next-element';
import { BUILDER_BLOCK_WORDS, TEXT_BLOCK_NAMES } from '../data/scoring-patterns';
import { closestTag, descendantsNamed, descendantsWithAttr, hasDescendantTag } from '../dom/has-tag';

/** Containers judged by their contents after the article was chosen (Readability's "conditional"). */
const JUDGED = new Set(['div', 'section', 'ul', 'ol', 'table', 'aside', 'header', 'dl', 'article', 'li']);
/** Clause marks of many scripts; prose has them, link lists and widgets rarely do. */
const CLAUSES = /[,，、،।;!?。！？]/g;

/** Whether `text` has at least `n` clause marks, counted only that far (no array of every mark). */
function hasClauses(text: string, n: number): boolean {
  CLAUSES.lastIndex = 0;
  let seen = 0;
  while (seen < n && CLAUSES.test(text)) seen++;
  CLAUSES.lastIndex = 0;
  return seen >= n;
}

/**
 * Remove blocks inside the article that read as boilerplate: link lists, image strips without
 * prose, short blocks with negative names. Mutate mode only (runs on the copy). Skipped when the
 * retry order relaxes 'conditional'. On pages that are not articles (`ctx.pageKind`), only
 * boilerplate names, forms and empty blocks go: teaser cards and link lists are what they list.
 */
export function cleanConditionally(root: Element, ctx: PassContext): void {
  if (ctx.relaxed.has('conditional')) return;
  // On a listing, collection, product or forum page the cards and link lists are the content.
  const listPage = ctx.pageKind === 'other';
  // Counts for every block from one walk, kept current as blocks go (children are judged first).
  const stats = new BlockStatsIndex(root);
  const blocks = stats.elements.filter((el) => JUDGED.has(el.localName)).reverse();
  // Blocks are judged children first, so a block's ancestors are all in place when it is judged.
  const inKeptBox = keptBoxTest(root, stats.elements);
  // Each item of a list asks about its list: answered once per list.
  const proseLists = new Map<Element, boolean>();
  const inProse = (list: Element | null): boolean => {
    if (!list) return false;
    let yes = proseLists.get(list);
    if (yes === undefined) proseLists.set(list, (yes = isListInProse(list)));
    return yes;
  };
  // Verdicts on the items of a list, taken together the first time one of them is judged.
  const listVerdicts = new Map<Element, Map<Element, string | null>>();
  const verdictsOf = (list: Element): Map<Element, string | null> => {
    let verdicts = listVerdicts.get(list);
    if (!verdicts) {
      verdicts = new Map();
      for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
        if (li.localName === 'li') verdicts.set(li, judge(li, listPage, stats.get(li), ctx.url, inProse));
      }
      listVerdicts.set(list, verdicts);
    }
    return verdicts;
  };
  // A listicle ("12 of the Best Sewing Machines") is made of as many cards as its title announces.
  const announced = announcedItems(ctx.title);
  let cardCounts: Map<string, number> | null = null;
  // Children of a parent counted by name once per parent (a list of 10,000 teasers stays linear).
  const siblingCounts = new Map<Element, Map<string, number>>();
  const isListedCard = (el: Element): boolean => {
    const key = signature(el);
    const parent = el.parentElement;
    if (parent) {
      let counts = siblingCounts.get(parent);
      if (!counts) siblingCounts.set(parent, (counts = countBySignature(childElements(parent))));
      if ((counts.get(key) ?? 0) >= LIST_OF_CARDS) return true;
    }
    // Cards counted over the whole article (each may sit in a wrapper of its own), so by class.
    if (!announced || key.endsWith('|')) return false;
    cardCounts ??= countBySignature(stats.elements);
    const n = cardCounts.get(key) ?? 0;
    return n >= MIN_ANNOUNCED && Math.abs(n - announced) <= ANNOUNCED_SLACK;
  };
  // On a listing, a box named like boilerplate ("meta", "media") that every item repeats is part of the items.
  const repeated = listPage ? repeatedClasses(blocks) : null;
  // Items (parent, signature) that went as teaser cards: their like siblings are cards of the same widget.
  const teaserItems = new Map<Element, Map<string, Set<Element>>>();
  const itemOf = (el: Element): Element | null => {
    let at: Element | null = el;
    for (let i = 0; at && at !== root && i <= CARD_DEPTH; at = at.parentElement, i++) {
      const parent = at.parentElement;
      if (!parent) return null;
      let counts = siblingCounts.get(parent);
      if (!counts) siblingCounts.set(parent, (counts = countBySignature(childElements(parent))));
      if ((counts.get(signature(at)) ?? 0) >= TEASER_WIDGET) return at;
    }
    return null;
  };
  for (const el of blocks) {
    if (!el.parentNode || el === root || inKeptBox(el)) continue;
    let reason = judge(el, listPage, stats.get(el), ctx.url, inProse);
    if (reason?.startsWith(TEASER) && isListedCard(el)) reason = null;
    if (reason?.startsWith(BOILERPLATE_NAME) && repeated?.has(el.getAttribute('class') ?? '')) reason = null;
    // An item of a digest ("linked headline. One sentence.") can be mostly link where its
    // siblings are not: when most items of the list stay, all of them do.
    if (reason?.startsWith(MOSTLY_LINKS) && el.localName === 'li' && el.parentElement && mostItemsKept(verdictsOf(el.parentElement))) reason = null;
    // A teaser's headline box is judged before its card: left in place, it lets the card be
    // read as a cut-off teaser and go whole (label and excerpt too). Articles only: a forum post
    // that trails off ("…") under its linked date is no teaser.
    if (reason?.startsWith(MOSTLY_LINKS) && ctx.pageKind === 'article' && inCutTeaser(el, stats)) reason = null;
    // A link list kept as content: its links read as text for the blocks around it.
    if (reason === KEPT_LINKS) stats.linksAsText(el);
    if (!reason || reason === KEPT_LINKS) continue;
    if (ctx.pageKind === 'article' && reason.startsWith(TEASER)) {
      const item = itemOf(el);
      const parent = item?.parentElement;
      if (item && parent) {
        let bySig = teaserItems.get(parent);
        if (!bySig) teaserItems.set(parent, (bySig = new Map()));
        const key = signature(item);
        let items = bySig.get(key);
        if (!items) bySig.set(key, (items = new Set()));
        items.add(item);
      }
    }
    const ancestors = stats.ancestorsOf(el);
    ctx.remove(el, 'cleanConditionally', reason);
    if (!el.parentNode) stats.detached(el, ancestors);
  }
  // A widget of cards where most went as teasers: the rest are its cards too (an excerpt too
  // long to read as a teaser's, a headline box judged apart).
  for (const [parent, bySig] of teaserItems) {
    for (const [key, items] of bySig) {
      const removed = items.size;
      if (removed < TEASER_WIDGET - 1) continue;
      const left = childElements(parent).filter((c) => signature(c) === key && !items.has(c) && !ctx.isRemoved(c));
      if (left.length > removed) continue;
      for (const c of left) ctx.remove(c, 'cleanConditionally', `${TEASER}: a card beside ${removed} teaser cards`);
    }
  }
}

/** So many like items make a widget of cards. */
const TEASER_WIDGET = 3;

/** The start of the reasons given to teaser cards. */
const TEASER = 'teaser';
/** Cards alike (same signature) kept as a listicle's items: at least this many... */
const MIN_ANNOUNCED = 3;
/** ...and within this many of the number the title announces (a card may lack its link). */
const ANNOUNCED_SLACK = 2;
/** So many alike cards are the page's own list (74 conferences), not a recirculation widget. */
const LIST_OF_CARDS = 20;
/** "12 of the Best …", "Top 10 …", "The 25 Best …", "… 7 Ways to …": the count of items announced. */
const ANNOUNCED = /^(?:the\s+)?(?:top\s+)?(\d{1,2})\b(?![.,:/-]?\d)|\btop\s+(\d{1,2})\b|\b(\d{1,2})\s+best\b/i;

export function announcedItems(title: string): number {
  const m = ANNOUNCED.exec(title.trim());
  const n = m ? Number(m[1] ?? m[2] ?? m[3]) : 0;
  return n >= MIN_ANNOUNCED ? n : 0;
}

/** The reason given to short blocks named like boilerplate. */
const BOILERPLATE_NAME = 'boilerplate name and little text';
/** A class that this many blocks carry is a part of every item of a listing. */
const REPEATED_ITEMS = 3;

/**
 * Class attributes that at least REPEATED_ITEMS of the judged blocks carry whole: stricter than a
 * signature, since the box's name (`meta`, `media`) is what made it look like boilerplate.
 */
function repeatedClasses(blocks: Element[]): Set<string> {
  const counts = new Map<string, number>();
  const out = new Set<string>();
  for (const el of blocks) {
    const cls = el.getAttribute('class');
    if (!cls) continue;
    const n = (counts.get(cls) ?? 0) + 1;
    counts.set(cls, n);
    if (n >= REPEATED_ITEMS) out.add(cls);
  }
  return out;
}

/** The reason given to blocks that are mostly link text. */
const MOSTLY_LINKS = 'mostly links';
/** A list whose items mostly stay keeps all of them: at least this many items, this share kept. */
const DIGEST_ITEMS = 4;
const DIGEST_KEPT = 0.6;

function mostItemsKept(verdicts: Map<Element, string | null>): boolean {
  if (verdicts.size < DIGEST_ITEMS) return false;
  let kept = 0;
  for (const v of verdicts.values()) if (!v || v === KEPT_LINKS) kept++;
  return kept >= DIGEST_KEPT * verdicts.size;
}

/** What `judge` says of a link list that is content (a table of contents, an announced list). */
const KEPT_LINKS = 'kept: a link list that is content';

/** Boxes whose contents are never judged (code, figures, quotes). */
const KEPT_BOXES = new Set(['pre', 'code', 'figure', 'blockquote']);

/** `el.closest('pre, code, figure, blockquote')`, read as local names (no selector matching). */
export function inKeptBox(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (KEPT_BOXES.has(p.localName)) return true;
  return false;
}

/**
 * `inKeptBox` for `root` and the `elements` below it (document order), from one pass over the
 * boxes rather than a climb to the top per block. Valid while the ancestors of an element asked
 * about are unchanged (removing other blocks does not change them).
 */
export function keptBoxTest(root: Element, elements: Element[]): (el: Element) => boolean {
  if (inKeptBox(root)) return () => true;
  const inside = new Set<Element>();
  for (const box of elements) {
    if (!KEPT_BOXES.has(box.localName) || inside.has(box)) continue;
    inside.add(box);
    const next = elementWalk(box);
    for (let d = next(); d; d = next()) inside.add(d);
  }
  return (el) => inside.has(el);
}

/** Word counts are only compared with thresholds up to 90 (see judge, isTeaser, isCutTeaser). */
const WORDS_CAP = 91;

/**
 * A block's word count, made only when a rule asks. White space never joins or splits words: the
 * raw text counts as the collapsed one, without the copy. An object, not a closure per block.
 */
class LazyWords {
  private counted = -1;
  constructor(private readonly raw: string) {}
  /** Capped past every threshold of `judge` (the largest is 90): a long block's count stops early. */
  count(): number {
    if (this.counted < 0) this.counted = countWords(this.raw, WORDS_CAP);
    return this.counted;
  }
}

function judge(el: Element, listPage: boolean, stats: BlockStats, pageUrl: string, inProse: (list: Element | null) => boolean): string | null {
  const tag = el.localName;
  if (tag === 'table' && isDataTable(el)) return null;
  const raw = el.textContent ?? '';
  // The text with white space collapsed, built only when a rule reads it: prose blocks (ten
  // clause marks, counted on the raw text: marks are not white space) return before.
  let collapsed: string | undefined;
  // Counted once, and only when a rule needs it (big blocks usually return before).
  const wordsOf = new LazyWords(raw);
  const weight = weightOfNames(`${el.getAttribute('class') ?? ''} ${el.id}`.replace(BUILDER_BLOCK_WORDS, 'builder-block'));
  // A list the text announces ("Top Expert Recommendations:") and its items are the text's, even
  // when each item is only a linked headline: judged before the teaser rules.
  if (!listPage && (tag === 'li' || tag === 'ul' || tag === 'ol') && inProse(tag === 'li' ? el.parentElement : el)) return KEPT_LINKS;
  if (!listPage && isTeaser(el, wordsOf, stats)) return `${TEASER} card: a linked headline with a short excerpt`;
  // No "..." or "…" in the raw text, none in the collapsed one: no cut-off excerpt (no copy made).
  if (!listPage && TEASER_ITEMS.has(tag) && mayBeCutOff(raw) && isCutTeaser(el, (collapsed ??= raw.replace(/\s+/g, ' ').trim()), wordsOf, stats)) return `${TEASER}: a linked headline and a cut-off excerpt`;
  // A code sample is content whatever its box is called (`scroll-mt-2` reads as "scroll").
  if (weight < 0 && wordsOf.count() < 80 && !TEXT_BLOCK_NAMES.test(el.getAttribute('class') ?? '') && !holdsCode(el)) return `${BOILERPLATE_NAME} (weight ${weight})`;
  if (hasClauses(raw, 10)) return null;
  const textLength = collapsed?.length ?? collapsedTrimmedLength(raw);

  const density = textLength ? stats.linkChars / textLength : 0;
  const paragraphs = stats.p;
  const images = stats.img;
  const items = stats.li - 100;
  const inputs = stats.input;
  const headings = stats.headings;
  const embeds = stats.embeds;
  const words = wordsOf.count();
  const isList = tag === 'ul' || tag === 'ol';
  if (listPage) {
    if (inputs > Math.floor(paragraphs / 3)) return 'form controls';
    if (words === 0 && images === 0 && embeds === 0 && !stats.media) return 'empty block';
    return null;
  }

  if (images > 2 && paragraphs / images < 0.5 && !stats.figures && words < 40) return 'images without prose';
  if (density > 0.3 && isSubpageToc(el, pageUrl)) return KEPT_LINKS;
  // A list in the running text ("…are these:", "Buying options:") is part of it, links or not;
  // so is the box that only wraps it (AsciiDoc's `div.ulist`).
  if ((isList || tag === 'li') && inProse(tag === 'li' ? el.parentElement : el)) return KEPT_LINKS;
  if (!isList && tag !== 'li' && inProse(wrappedList(el))) return KEPT_LINKS;
  if (!isList && items > paragraphs && density > 0.3) return 'more list items than paragraphs, mostly links';
  if (inputs > Math.floor(paragraphs / 3)) return 'form controls';
  if (words === 0 && images === 0 && embeds === 0 && !stats.media) return 'empty block';
  if (weight < 25 && density > 0.5 && words > 0) return `${MOSTLY_LINKS} (${Math.round(density * 100)}%)`;
  if (weight >= 25 && density > 0.7) return `${MOSTLY_LINKS} (${Math.round(density * 100)}%)`;
  if (embeds > 1 && words < 75) return 'several embeds with little text';
  if (headings > 0 && paragraphs === 0 && density > 0.3 && !isList) return 'headline list';
  return null;
}

/** Names of a table of contents: `toc`, `toctree-l1`, `fancy-toc2`, `table-of-contents`. */
const TOC_NAME = /(?:^|[\s_-])toc(?:tree)?\d*(?:$|[\s_-])|table-of-contents/i;
/** How far up a table of contents' name may be from the judged block (`div.toc > dl > dd > dl`). */
const TOC_DEPTH = 4;

/**
 * A table of contents of the pages below this one (a chapter's or a topic's pages in
 * documentation): a block named as one whose links go to other pages in the page's own folder or
 * under it. A contents box of the page's own sections (`#anchors`) repeats its headings, and one
 * of the site's top sections is navigation: both may go.
 */
function isSubpageToc(el: Element, pageUrl: string): boolean {
  let named = false;
  for (let p: Element | null = el, i = 0; p && i < TOC_DEPTH && !named; p = p.parentElement, i++) {
    named = TOC_NAME.test(`${p.getAttribute('class') ?? ''} ${p.id}`);
  }
  if (!named) return false;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  const folder = page.pathname.slice(0, page.pathname.lastIndexOf('/') + 1);
  let links = 0;
  let below = 0;
  for (const a of el.getElementsByTagName('a')) {
    const href = a.getAttribute('href');
    if (!href) continue;
    links++;
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      continue;
    }
    if (url.host === page.host && url.pathname !== page.pathname && url.pathname.startsWith(folder)) below++;
  }
  return links > 0 && below >= links * 0.8;
}

/** A block with a code sample in it (`<pre>` with text). */
function holdsCode(el: Element): boolean {
  for (const pre of el.getElementsByTagName('pre')) if ((pre.textContent ?? '').trim()) return true;
  return false;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A list that is part of the running text: announced by a lead-in that ends in a colon, or set
 * between a paragraph and the next section's heading. Not one right under a heading: a heading
 * names a box ("More stories"), a lead-in sentence announces items.
 */
function isListInProse(list: Element | null): boolean {
  if (!list || (list.localName !== 'ul' && list.localName !== 'ol')) return false;
  // A list alone in its box (AsciiDoc's `div.paragraph > p` lead-in, then `div.ulist > ul`) is
  // read from the box's place among its siblings.
  let at: Element = list;
  for (let i = 0; i < WRAPPER_DEPTH && !meaningfulSibling(at, 'previousSibling') && !meaningfulSibling(at, 'nextSibling') && at.parentElement && wrappedList(at.parentElement) === list; i++) at = at.parentElement;
  const prev = meaningfulSibling(at, 'previousSibling');
  if (!prev) return false;
  const next = at.nextElementSibling;
  if (prev.nodeType === 1 && HEADINGS.has((prev as Element).localName)) return isLeadInHeading(prev as Element, next);
  if ((prev.textContent ?? '').trim().endsWith(':')) return true;
  return !!next && next.localName !== 'h1' && HEADINGS.has(next.localName);
}

/**
 * A heading that reads as a lead-in ("Top Expert Recommendations:") set in the running text: it
 * ends in a colon, a paragraph comes before it and the text goes on after its list. A heading
 * that names a box ("More stories") has no colon, and a box at the article's end has no text after it.
 */
function isLeadInHeading(heading: Element, afterList: Element | null): boolean {
  if (!(heading.textContent ?? '').trim().endsWith(':')) return false;
  const before = heading.previousElementSibling;
  if (!before || before.localName !== 'p' || !afterList) return false;
  return afterList.localName === 'p' || HEADINGS.has(afterList.localName);
}

/** How many boxes that only wrap a list are looked through. */
const WRAPPER_DEPTH = 2;

/** The sibling before or after `el`, past comments and blank text. */
function meaningfulSibling(el: Element, dir: 'previousSibling' | 'nextSibling'): ChildNode | null {
  let n = el[dir];
  while (n && (n.nodeType === 8 || (n.nodeType === 3 && !(n.textContent ?? '').trim()))) n = n[dir];
  return n;
}

/** The list that `el` only wraps (its one child, or that child's one child), else null. */
function wrappedList(el: Element): Element | null {
  let n: Element = el;
  for (let i = 0; i < WRAPPER_DEPTH; i++) {
    const only = n.firstElementChild;
    if (!only || only !== n.lastElementChild || meaningfulSibling(only, 'previousSibling') || meaningfulSibling(only, 'nextSibling')) return null;
    if (only.localName === 'ul' || only.localName === 'ol') return only;
    n = only;
  }
  return null;
}

const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A card promoting another page: its headline is a link away, and it is short. */
function isTeaser(el: Element, wordsOf: LazyWords, stats: BlockStats): boolean {
  if (stats.subheadings === 0 || stats.p > 2 || wordsOf.count() > 90) return false;
  // Walks rather than selector queries: each selector is compiled afresh in every document.
  const next = elementWalk(el);
  for (let h = next(); h; h = next()) {
    if (!SUBHEADINGS.has(h.localName)) continue;
    const heading = (h.textContent ?? '').trim();
    if (!heading) continue;
    const link = (h.parentElement && closestTag(h.parentElement, 'a')) ?? findDescendant(h, (d) => d.localName === 'a');
    const href = link?.getAttribute('href') ?? '';
    if (!link || !href || href.startsWith('#')) continue;
    if ((link.textContent ?? '').trim().length >= heading.length * 0.9) return true;
  }
  return false;
}

/** An excerpt cut off mid-sentence ("… as soon as the local administration feels it is..."). */
const CUT_OFF = /(\.\.\.|…)\s*(\[?(read more|more|continue reading)\]?)?$/i;

/** Whether `raw` holds an ellipsis: collapsing white space neither makes nor breaks "...", so CUT_OFF needs one. */
export function mayBeCutOff(raw: string): boolean {
  return raw.includes('...') || raw.includes('…');
}
const TEASER_ITEMS = new Set(['li', 'div', 'article', 'section']);
/** A teaser card holds a paragraph or two at most. */
const MAX_TEASER_PARAGRAPHS = 2;

/**
 * A card that starts with a link of headline length and ends in a cut-off excerpt: a teaser for
 * another page, whatever its markup (no heading needed).
 */
function isCutTeaser(el: Element, text: string, wordsOf: LazyWords, stats: BlockStats): boolean {
  if (!TEASER_ITEMS.has(el.localName) || !CUT_OFF.test(text)) return false;
  if (stats.p > MAX_TEASER_PARAGRAPHS || wordsOf.count() > 90) return false;
  // The first link with words (a thumbnail link before it has none) is the headline.
  let headline = '';
  for (const a of descendantsWithAttr(el, 'a', 'href')) {
    if ((a.getAttribute('href') ?? '').startsWith('#')) continue;
    headline = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (headline) break;
  }
  // The headline opens the card (maybe after a short label) and is a phrase, not "Read more".
  if (countWords(headline) < 3 || headline.length > text.length * 0.8) return false;
  // A label may precede it ("Politics |"), a clause may not ("When you hire a vendor, <a>…</a>").
  const at = text.indexOf(headline.slice(0, 20));
  return at >= 0 && at <= 25 && !/[.,;:!?]/.test(text.slice(0, at));
}

/** How far up from a headline box its teaser card may be (`article > div.content > div.title`). */
const CARD_DEPTH = 3;

/** Whether one of the few boxes above `el` reads as a cut-off teaser card. */
function inCutTeaser(el: Element, stats: BlockStatsIndex): boolean {
  let p = el.parentElement;
  for (let i = 0; p && i < CARD_DEPTH; p = p.parentElement, i++) {
    // isCutTeaser's cheap refusals first: a box of several paragraphs is never read as text here.
    if (!TEASER_ITEMS.has(p.localName) || stats.get(p).p > MAX_TEASER_PARAGRAPHS) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!CUT_OFF.test(text)) continue;
    if (isCutTeaser(p, text, new LazyWords(text), stats.get(p))) return true;
  }
  return false;
}

/**
 * Paragraphs that are nothing but a link to elsewhere ("You may also like" lists) when two or
 * more come in a row, or one ends the article. Not on listing-like pages, where they are the list.
 */
export function removeLinkOnlyParagraphs(root: Element, ctx: PassContext): void {
  if (ctx.relaxed.has('conditional')) return;
  if (ctx.pageKind === 'other') return;
  const ps = descendantsNamed(root, 'p');
  const isLinkOnly = (p: Element): boolean => {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return false;
    // One walk of the paragraph instead of three selector queries: its media, its first link
    // with an href, and the text of all its links.
    let first: Element | null = null;
    let linked = 0;
    for (let el = p.firstElementChild; el; ) {
      const name = el.localName;
      if (PICTURES.has(name)) return false;
      if (name === 'a') {
        if (!first && el.hasAttribute('href')) first = el;
        linked += (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      }
      if (el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
      while (el && el !== p && !el.nextElementSibling) el = el.parentElement;
      el = el && el !== p ? el.nextElementSibling : null;
    }
    if (!first || (first.getAttribute('href') ?? '').startsWith('#')) return false;
    // An address written out as the text ("https://github.com/me/tool") is a source the writer
    // shows, not a teaser's headline.
    if (SHOWN_ADDRESS.test(text)) return false;
    return linked >= text.length * 0.95;
  };
  const flags = ps.map(isLinkOnly);
  const last = ps.length - 1;
  ps.forEach((p, i) => {
    if (!flags[i]) return;
    const inRun = (i > 0 && flags[i - 1] && ps[i - 1].nextElementSibling === p) || (i < last && flags[i + 1] && p.nextElementSibling === ps[i + 1]);
    if (inRun || i === last) ctx.remove(p, 'removeLinkOnlyParagraphs', 'a paragraph that is only a link elsewhere');
  });
}

/** A paragraph whose text is a web address. */
const SHOWN_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/** Media that make a paragraph more than a link. */
const PICTURES = new Set(['img', 'picture', 'video']);

/** A table of data (caption, header cells, many cells) rather than a layout grid. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation') return false;
  if (hasDescendantTag(table, ['caption', 'th', 'thead', 'colgroup'])) return true;
  if (hasDescendantTag(table, ['table'])) return false;
  const rows = table.getElementsByTagName('tr').length;
  const cells = table.getElementsByTagName('td').length;
  return rows >= 3 && cells / Math.max(1, rows) >= 2;
}
