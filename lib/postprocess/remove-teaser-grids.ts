// A grid of cards under an article, each a picture linking to another page and a line of teaser
// ("Cucumber diet: a seasonal menu for 7 days"), is the site's recirculation. cleanConditionally
// takes each card's linked title (all link) but leaves the picture link and the unlinked teaser,
// which then read as stray lines. Runs of alike cards where every card is only that go whole.
import type { PassContext } from '../passes/pass-context';
import { childElements } from '../dom/next-element';
import { signature } from '../dom/signature';

const PASS = 'removeTeaserGrids';
/** Fewer alike cards than this can be a pair of pictures in the text. */
const MIN_CARDS = 3;
/** A teaser is a line or two; a longer text is the card's own content (a product's description). */
const MAX_TEASER_CHARS = 200;
/** A link to a picture file opens the picture (a gallery), not another page. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
const HEADING = /^h[1-6]$/;
/** How far above its picture a card may start (card > picture box > link > picture > img). */
const CARD_DEPTH = 4;
/** The grid follows the article: at most this share of its text, and not before half of it. */
const MAX_GRID_SHARE = 0.25;
const MIN_TEXT_BEFORE = 0.5;

export function removeTeaserGrids(root: Element, ctx: PassContext): void {
  // On a listing or a hub page the cards are the content.
  if (ctx.pageKind !== 'article') return;
  const pictures = root.getElementsByTagName('img');
  if (pictures.length < MIN_CARDS) return;
  let total = -1;
  for (const parent of gridCandidates(pictures, root)) {
    if (!root.contains(parent)) continue;
    const runs = new Map<string, Element[]>();
    for (const kid of childElements(parent)) {
      const k = signature(kid);
      const run = runs.get(k);
      if (run) run.push(kid);
      else runs.set(k, [kid]);
    }
    for (const run of runs.values()) {
      if (run.length < MIN_CARDS) continue;
      const targets = new Set<string>();
      if (!run.every((card) => isTeaserCard(card, targets)) || targets.size < run.length) continue;
      if (total < 0) total = textLength(root);
      const grid = run.reduce((n, card) => n + textLength(card), 0);
      if (grid > MAX_GRID_SHARE * total || textBefore(run[0], root) < MIN_TEXT_BEFORE * total) continue;
      for (const card of run) ctx.remove(card, PASS, `a grid of ${run.length} teaser cards linking to other pages`);
    }
  }
}

/**
 * The elements that may hold a grid: the parents of a linked picture's near ancestors (card >
 * picture box > link > img). Looking up from the pictures spares a walk over every element.
 */
function gridCandidates(pictures: HTMLCollectionOf<Element>, root: Element): Set<Element> {
  const out = new Set<Element>();
  for (const img of Array.from(pictures)) {
    let linked = false;
    for (let e = img.parentElement, i = 0; e && e !== root && i <= CARD_DEPTH; e = e.parentElement, i++) {
      if (e.localName === 'a') linked = true;
      const parent = e.parentElement;
      if (linked && parent && parent.childElementCount >= MIN_CARDS) out.add(parent);
    }
  }
  return out;
}

/** A picture linking to another page, plus at most a short unlinked teaser and nothing else. */
function isTeaserCard(card: Element, targets: Set<string>): boolean {
  let target = '';
  for (const a of Array.from(card.getElementsByTagName('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || IMAGE_FILE.test(href)) continue;
    if (a.getElementsByTagName('img').length || a.getElementsByTagName('picture').length) target = href;
  }
  if (!target) return false;
  targets.add(target);
  let teaser = 0;
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const value = (t.nodeValue ?? '').trim();
    if (!value) continue;
    let linked = false;
    for (let e = t.parentElement; e && e !== card.parentElement; e = e.parentElement) {
      if (e.localName === 'a') { linked = true; break; }
      // A heading of its own names the item: a list of products or places, not teasers.
      if (HEADING.test(e.localName)) return false;
    }
    if (!linked) teaser += value.length;
  }
  return teaser > 0 && teaser <= MAX_TEASER_CHARS;
}

const textLength = (el: Node): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/** Characters of text in `root` before `el` in document order. */
function textBefore(el: Element, root: Element): number {
  let n = 0;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    for (let s = at.previousSibling; s; s = s.previousSibling) n += textLength(s);
  }
  return n;
}
