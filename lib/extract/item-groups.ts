import type { TreeStats } from './measure-tree';
import { MAX_CLIMB } from './budget';
import { signature } from '../dom/signature';

/** A run of sibling elements built alike (same tag and classes): cards of a grid, rows, posts. */
export interface ItemGroup {
  parent: Element;
  items: Element[];
  /** Weighted text of the items, and the part of it inside links. */
  text: number;
  links: number;
}

/** Fewer alike siblings than this is a layout (two columns), not a list of items. */
export const MIN_ITEMS = 3;
/** An item needs this much text (weighted characters) to count: a bare icon or a spacer does not. */
export const MIN_ITEM_TEXT = 20;
/** The items must add this many times the winner's text to take over from it. */
const GRID_RATIO = 1.5;
/** An item counts for at most this many times the group's median item: one dropdown is not a listing. */
const ITEM_CAP = 3;
/** Link text counts half: listing titles are links, but so is navigation. */
const LINK_WEIGHT = 0.5;
/** The element holding winner and items may hold this much more text than the two; else the items alone. */
const HOLDER_SLACK = 1.5;

/**
 * The largest group of alike siblings under each measured element (one pass over the measured
 * tree, each element's children read once).
 */
export function findItemGroups(stats: TreeStats): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const parent of stats.text.keys()) {
    // Count first: most elements have too few children with text to hold a group.
    let candidates = 0;
    for (let c: Element | null = parent.firstElementChild; c && candidates < MIN_ITEMS; c = c.nextElementSibling) {
      if ((stats.text.get(c) ?? 0) >= MIN_ITEM_TEXT) candidates++;
    }
    if (candidates < MIN_ITEMS) continue;
    let bySig: Map<string, Element[]> | null = null;
    for (let c: Element | null = parent.firstElementChild; c; c = c.nextElementSibling) {
      const len = stats.text.get(c);
      if (len === undefined || len < MIN_ITEM_TEXT) continue;
      bySig ??= new Map();
      const sig = signature(c);
      const list = bySig.get(sig);
      if (list) list.push(c);
      else bySig.set(sig, [c]);
    }
    if (!bySig) continue;
    let best: ItemGroup | null = null;
    for (const items of bySig.values()) {
      if (items.length < MIN_ITEMS) continue;
      let text = 0;
      let links = 0;
      for (const item of items) {
        text += stats.text.get(item) ?? 0;
        links += stats.links.get(item) ?? 0;
      }
      if (!best || text > best.text) best = { parent, items, text, links };
    }
    if (best) groups.push(best);
  }
  return groups;
}

/** Lowest common ancestor of two elements (bounded climbs). */
function commonAncestor(a: Element, b: Element, body: Element): Element {
  const seen = new Set<Element>();
  let steps = 0;
  for (let x: Element | null = a; x && steps < MAX_CLIMB * 4; x = x.parentElement, steps++) {
    seen.add(x);
    if (x === body) break;
  }
  steps = 0;
  for (let y: Element | null = b; y && steps < MAX_CLIMB * 4; y = y.parentElement, steps++) if (seen.has(y)) return y;
  return body;
}

/**
 * For pages that are not articles (listings, product grids, forums): the content is a run of
 * alike items, and a short intro can outvote it because items rarely hold paragraphs. When the
 * heaviest group of alike siblings adds clearly more text than the winner holds, the root becomes
 * the element that holds both, or the group alone when that element holds much else.
 */
export function takeItemGrid(top: Element, stats: TreeStats, body: Element): Element {
  const above = new Set<Element>();
  let steps = 0;
  for (let a: Element | null = top; a && steps < MAX_CLIMB * 4; a = a.parentElement, steps++) above.add(a);
  const isInside = (el: Element): boolean => {
    let n = 0;
    for (let a: Element | null = el; a && n < MAX_CLIMB * 4; a = a.parentElement, n++) if (a === top) return true;
    return false;
  };
  // What a group would add: items that hold the winner, or groups inside it, add nothing.
  const added = (g: ItemGroup): [number, number] => {
    if (!above.has(g.parent) && isInside(g.parent)) return [0, 0];
    const lens = g.items.map((i) => stats.text.get(i) ?? 0).sort((a, b) => a - b);
    const cap = lens[lens.length >> 1] * ITEM_CAP;
    let text = 0;
    let links = 0;
    for (const item of g.items) {
      if (above.has(item)) continue;
      const len = stats.text.get(item) ?? 0;
      const kept = Math.min(len, cap);
      text += kept;
      links += ((stats.links.get(item) ?? 0) * kept) / Math.max(1, len);
    }
    return [text, links];
  };
  let grid: ItemGroup | null = null;
  let gridMass = 0;
  let gridText = 0;
  for (const g of findItemGroups(stats)) {
    const [text, links] = added(g);
    const mass = text - LINK_WEIGHT * links;
    if (mass > gridMass) {
      grid = g;
      gridMass = mass;
      gridText = text;
    }
  }
  if (!grid) return top;
  const topText = stats.text.get(top) ?? 0;
  if (gridMass < topText * GRID_RATIO) return top;
  const both = commonAncestor(top, grid.parent, body);
  if ((stats.text.get(both) ?? 0) <= (topText + gridText) * HOLDER_SLACK) return both;
  return grid.parent;
}
