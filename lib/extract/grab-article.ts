import type { PassContext } from '../passes/pass-context';
import { NEGATIVE_NAMES, PARAGRAPH_TAGS, POSITIVE_NAMES, UNLIKELY_ROLES } from '../data/scoring-patterns';
import { measureTree, type ScannedMains, type TreeStats } from './measure-tree';
import { MAX_CLIMB } from './budget';
import { MIN_ITEM_TEXT, takeItemGrid } from './item-groups';
import { signature } from '../dom/signature';

/** Ancestors a paragraph votes for, and how much each level gets (Readability's divider). */
const VOTE_LEVELS = 5;
/** On pages that are not articles, the climb takes sibling sections whose text is at most this much links. */
const SECTION_LINKS = 0.3;
/** Text shorter than this (in weighted characters) is too short to be a paragraph. */
const MIN_PARAGRAPH = 25;
/** A box elsewhere with the winner's exact measures and this much text is the same body laid out again. */
const MIN_COPY_TEXT = 500;
/** A sibling of the winner with this much text, nearly all of it link-poor sentences, is part of the article. */
const PROSE_SECTION_MIN = 200;

/**
 * Locate the element that holds the article body, reading the document without changing it.
 * Recipe: measure the tree once (text, link text, punctuation per element) → let every
 * paragraph vote for its ancestors → scale by link density → refine the winner (shared parent of
 * several strong candidates, lone-child wrappers) → add siblings that belong to the article,
 * marking the others as removed.
 */
export function grabArticle(doc: Document, ctx: PassContext, scanned?: ScannedMains): Element {
  const body = doc.body ?? doc.documentElement;
  const stats = measureTree(body, ctx, !ctx.relaxed.has('unlikely'), scanned);
  const scores = new Map<Element, number>();

  const vote = (el: Element, len: number, commas: number, from: Element | null): void => {
    const points = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let ancestor = from;
    for (let level = 0; ancestor && level < VOTE_LEVELS; level++, ancestor = ancestor.parentElement) {
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / divider);
      if (ancestor === body) break;
    }
  };
  // Text in real paragraphs, summed into every ancestor: what climbing may add.
  const prose = new Map<Element, number>();
  const addProse = (from: Element, len: number): void => {
    // Bounded: once per paragraph, so a full climb is quadratic on a 10,000-deep page.
    let level = 0;
    for (let a: Element | null = from; a && a !== body && level < MAX_CLIMB; a = a.parentElement, level++) prose.set(a, (prose.get(a) ?? 0) + len);
  };
  for (const el of stats.paragraphs) {
    const len = stats.text.get(el) ?? 0;
    if (len < MIN_PARAGRAPH) continue;
    if ((stats.links.get(el) ?? 0) / len > 0.5) continue;
    vote(el, len, stats.commas.get(el) ?? 0, el.parentElement);
    if (!el.parentElement || !stats.paragraphs.has(el.parentElement)) addProse(el, len - (stats.links.get(el) ?? 0));
  }
  // Bullet points that are sentences are prose a climb may add, though they do not vote; linked ones (citations, menus) are not.
  for (const el of stats.items) {
    const len = stats.text.get(el) ?? 0;
    const linked = stats.links.get(el) ?? 0;
    if (len >= MIN_PARAGRAPH && linked / len <= 0.1) addProse(el, len - linked);
  }
  // Loose text between blocks votes for its own container (the one that holds it).
  for (const [el, [len, commas]] of stats.looseText) {
    if (stats.paragraphs.has(el)) continue;
    vote(el, len, commas, el);
    addProse(el, len);
  }
  if (!scores.size) return structuredRoot(stats) ?? body;

  // Link-heavy containers are navigation, however much text they hold.
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(el, stats));
    scores.set(el, final);
    if (final > topScore) {
      top = el;
      topScore = final;
    }
  }
  if (!top || top === body) return body;

  // Some sites print the body once per screen size (desktop and mobile layouts, each hidden by CSS
  // on the others): no root may hold a second copy. Only on articles: a forum's quoted posts and
  // a shop's twin banners repeat by design.
  const copies = ctx.pageKind === 'article' ? copiesOf(top, scores, stats) : new Set<Element>();
  top = preferSharedAncestor(top, topScore, scores, body, copies);
  // Sections only while boilerplate containers are stripped: else the climb takes the page's menus too.
  top = climbThroughProse(top, stats, prose, body, ctx.pageKind === 'other' && !ctx.relaxed.has('unlikely'), copies);
  // Listings, product grids and forums are runs of alike items that paragraphs barely vote for.
  if (ctx.pageKind === 'other') top = takeItemGrid(top, stats, body);
  // The page's own declaration of the body wins when it holds the winner's text and not much more.
  const declared = structuredRoot(stats);
  if (declared && declared !== top && declared.contains(top) && !copies.has(declared)) {
    const ratio = (stats.text.get(top) ?? 0) / Math.max(1, stats.text.get(declared) ?? 0);
    if (ratio > 0.6) top = declared;
  }
  return appendSiblings(top, scores.get(top) ?? topScore, scores, stats, ctx, copies, prose);
}

/**
 * Other boxes with the winner's exact text, link text and punctuation (another copy of the body),
 * with every ancestor of theirs up to `MAX_CLIMB` levels: the elements that hold a second copy
 * when they hold the winner too. Empty on almost every page.
 */
function copiesOf(top: Element, scores: Map<Element, number>, stats: TreeStats): Set<Element> {
  const holders = new Set<Element>();
  const text = stats.text.get(top) ?? 0;
  if (text < MIN_COPY_TEXT) return holders;
  const links = stats.links.get(top) ?? 0;
  const commas = stats.commas.get(top) ?? 0;
  for (const el of scores.keys()) {
    if (el === top || stats.text.get(el) !== text || (stats.links.get(el) ?? 0) !== links || stats.commas.get(el) !== commas) continue;
    if (el.contains(top) || top.contains(el)) continue;
    let level = 0;
    for (let a: Element | null = el; a && level <= MAX_CLIMB && !holders.has(a); a = a.parentElement, level++) holders.add(a);
  }
  return holders;
}

function linkDensity(el: Element, stats: TreeStats): number {
  const text = stats.text.get(el) ?? 0;
  return text ? Math.min(1, (stats.links.get(el) ?? 0) / text) : 0;
}

function names(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

/** The class/id weight Readability gives: +25 for article-like names, −25 for boilerplate. */
export function classWeight(el: Element): number {
  return weightOfNames(names(el));
}

/** `classWeight` of a class-and-id string. */
export function weightOfNames(n: string): number {
  if (n.length < 2) return 0;
  let weight = 0;
  if (NEGATIVE_NAMES.test(n)) weight -= 25;
  if (POSITIVE_NAMES.test(n)) weight += 25;
  return weight;
}

function initialScore(el: Element): number {
  let score = classWeight(el);
  switch (el.localName) {
    case 'article':
    case 'main':
      score += 10;
      break;
    case 'div':
    case 'section':
      score += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3;
      break;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'address':
      score -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5;
      break;
  }
  if (el.getAttribute('itemprop') === 'articleBody') score += 25;
  if (UNLIKELY_ROLES.has(el.getAttribute('role') ?? '')) score -= 25;
  return score;
}

/**
 * When several strong candidates share an ancestor (an article split into blocks by ad slots),
 * that ancestor is the article.
 */
function preferSharedAncestor(top: Element, topScore: number, scores: Map<Element, number>, body: Element, copies: Set<Element>): Element {
  const strong: Element[] = [];
  for (const [el, score] of scores) if (el !== top && score >= topScore * 0.75 && !copies.has(el)) strong.push(el);
  if (strong.length < 2) return top;
  // Each strong candidate counts at the lowest ancestor of `top` that holds it; climbs are
  // bounded, so many candidates on a deep page stay linear (no contains() per pair).
  const levelOf = new Map<Element, number>();
  const chain: Element[] = [];
  for (let parent = top.parentElement; parent && parent !== body && chain.length < MAX_CLIMB && !copies.has(parent); parent = parent.parentElement) {
    levelOf.set(parent, chain.length);
    chain.push(parent);
  }
  const holds = new Array<number>(chain.length).fill(0);
  for (const el of strong) {
    let steps = 0;
    for (let a: Element | null = el; a && steps <= MAX_CLIMB; a = a.parentElement, steps++) {
      const level = levelOf.get(a);
      if (level !== undefined) {
        holds[level]++;
        break;
      }
    }
  }
  let held = 0;
  for (let level = 0; level < chain.length; level++) if ((held += holds[level]) >= 2) return chain[level];
  return top;
}

/**
 * Climb from the winner while its parent adds prose rather than navigation: a listicle or a
 * long guide is split into sections that each score less than the whole. The added text must be
 * link-poor and punctuated like sentences; wrappers that add nothing are climbed through.
 */
function climbThroughProse(top: Element, stats: TreeStats, prose: Map<Element, number>, body: Element, sections: boolean, copies: Set<Element>): Element {
  let best = top;
  let level = 0;
  // A landing page's sections are often children of <body> itself.
  for (let parent = top.parentElement; parent && (parent !== body || sections) && level < MAX_CLIMB && !copies.has(parent); parent = parent.parentElement, level++) {
    const text = stats.text.get(best) ?? 0;
    const added = (stats.text.get(parent) ?? 0) - text;
    const addedLinks = (stats.links.get(parent) ?? 0) - (stats.links.get(best) ?? 0);
    const addedClauses = (stats.commas.get(parent) ?? 0) - (stats.commas.get(best) ?? 0);
    if (added < 40) {
      best = parent;
      if (parent === body) break;
      continue;
    }
    const addedProse = (prose.get(parent) ?? 0) - (prose.get(best) ?? 0);
    const isProse = addedLinks / added <= 0.3 && (addedClauses * 100) / added >= 0.6 && addedProse / added >= 0.6;
    // On a page that is not an article (a service or landing page), its sections are the content:
    // link-poor text beside the winner belongs to it even when it is cards and lists, not prose.
    const isSection = sections && addedLinks / added <= SECTION_LINKS;
    if (isProse || isSection) best = parent;
    // A little chrome between the winner and the rest of the article is crossed; a lot ends the climb.
    else if (added > Math.max(300, text * 0.25)) break;
    if (parent === body) break;
  }
  return best;
}

/** `itemprop=articleBody`, or a lone `<article>`: what the page says its body is. */
function structuredRoot(stats: TreeStats): Element | null {
  if (stats.declared.length) return stats.declared[0];
  return stats.articles.length === 1 ? stats.articles[0] : null;
}

/**
 * Siblings of the winner that belong to the article (a lead figure, paragraphs split off by an
 * ad slot) are kept; the parent becomes the root and the other siblings are marked removed.
 */
function appendSiblings(top: Element, topScore: number, scores: Map<Element, number>, stats: TreeStats, ctx: PassContext, copies: Set<Element>, prose: Map<Element, number>): Element {
  const parent = top.parentElement;
  if (!parent || parent.localName === 'body' || parent.localName === 'html') return top;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const topSignature = ctx.pageKind !== 'article' ? signature(top) : '';
  const keep = new Set<Element>();
  // Sibling pointers, not `Array.from(parent.children)`: iterating an HTMLCollection is quadratic in jsdom.
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === top) {
      keep.add(sibling);
      continue;
    }
    if (ctx.isRemoved(sibling) || copies.has(sibling)) continue;
    let score = scores.get(sibling);
    if (score !== undefined && topClass && sibling.getAttribute('class') === topClass) score += topScore * 0.2;
    if (score !== undefined && score >= threshold) {
      keep.add(sibling);
      continue;
    }
    if (isParagraphLike(sibling, stats)) keep.add(sibling);
    else if (ctx.pageKind === 'article' && isSisterSection(sibling, top, stats, prose)) keep.add(sibling);
    // On a page of items (posts, cards, rows), the winner's siblings built the same way are the rest of it.
    else if (topSignature && isAlikeItem(sibling, topSignature, stats)) keep.add(sibling);
  }
  if (keep.size === 1) return top;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (!keep.has(sibling) && !ctx.isRemoved(sibling)) ctx.remove(sibling, 'grabArticle', 'sibling of the article root, not part of it');
  }
  return parent;
}

function isParagraphLike(el: Element, stats: TreeStats): boolean {
  const len = stats.text.get(el) ?? 0;
  const density = linkDensity(el, stats);
  const tag = el.localName;
  if (tag === 'figure' || (tag === 'picture')) return true;
  if (!PARAGRAPH_TAGS.has(tag) && !(tag === 'div' && stats.paragraphs.has(el))) return false;
  if (len > 80) return density < 0.25;
  return len > 0 && density === 0 && /[.!?।。！？]\s*$/.test(el.textContent ?? '');
}

/**
 * A section of sentences built like the winner (same tag, opened by the same heading level): an
 * abstract or an introduction that the body's sections split off from the longest one.
 */
function isSisterSection(el: Element, top: Element, stats: TreeStats, prose: Map<Element, number>): boolean {
  if (el.localName !== top.localName) return false;
  const heading = top.firstElementChild?.localName ?? '';
  if (!/^h[1-6]$/.test(heading) || el.firstElementChild?.localName !== heading) return false;
  const len = stats.text.get(el) ?? 0;
  if (len < PROSE_SECTION_MIN) return false;
  const clauses = stats.commas.get(el) ?? 0;
  return linkDensity(el, stats) <= 0.1 && (prose.get(el) ?? 0) / len >= 0.8 && (clauses * 100) / len >= 0.6;
}

function isAlikeItem(el: Element, topSignature: string, stats: TreeStats): boolean {
  return (stats.text.get(el) ?? 0) >= MIN_ITEM_TEXT && linkDensity(el, stats) < 0.5 && signature(el) === topSignature;
}
