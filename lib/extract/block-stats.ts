import { elementWalk } from '../dom/next-element';

/**
 * Counts that conditional cleaning reads for every candidate block (paragraphs, images, list
 * items, inputs, headings, embeds, and the text length of the links inside), gathered for all
 * elements of a tree in ONE bottom-up walk instead of a selector query per block (quadratic on
 * nested blocks, and slow under jsdom). When a block is detached, `detached` subtracts it from
 * its ancestors, so every later reading equals a fresh query of the changed tree.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export interface BlockStats {
  /** Descendant counts, as `getElementsByTagName(tag).length`. */
  p: number;
  img: number;
  li: number;
  input: number;
  /** Descendants matching `h1, …, h6`, and `h2, …, h6`. */
  headings: number;
  subheadings: number;
  /** Descendants matching `iframe, video, object, embed`. */
  embeds: number;
  /** Descendants matching `math, svg, video, audio, picture, hr, br` (content without text). */
  media: number;
  /** Descendants matching `figure, figcaption`. */
  figures: number;
  /** Sum over descendant links of their whitespace-collapsed, trimmed text length. */
  linkChars: number;
}

const EMBEDS = new Set(['iframe', 'video', 'object', 'embed']);
const MEDIA = new Set(['math', 'svg', 'video', 'audio', 'picture', 'hr', 'br']);

/**
 * `t[f] += k * (a[f] + b[f])` for every field f of BlockStats, written out: a loop over the
 * field names reads them by key, the slowest part of building and updating the index.
 */
function addInto(t: BlockStats, a: BlockStats, b: BlockStats, k: 1 | -1): void {
  t.p += k * (a.p + b.p);
  t.img += k * (a.img + b.img);
  t.li += k * (a.li + b.li);
  t.input += k * (a.input + b.input);
  t.headings += k * (a.headings + b.headings);
  t.subheadings += k * (a.subheadings + b.subheadings);
  t.embeds += k * (a.embeds + b.embeds);
  t.media += k * (a.media + b.media);
  t.figures += k * (a.figures + b.figures);
  t.linkChars += k * (a.linkChars + b.linkChars);
}

function zero(): BlockStats {
  return { p: 0, img: 0, li: 0, input: 0, headings: 0, subheadings: 0, embeds: 0, media: 0, figures: 0, linkChars: 0 };
}

/** Collapsed, trimmed text length, as conditional cleaning measures text. */
export function normalizedLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** What `el` itself adds to its ancestors' stats. */
function ownOf(el: Element): BlockStats {
  const own = zero();
  // getElementsByTagName compares an HTML element's local name and another element's qualified name.
  const tag = el.namespaceURI === HTML_NS ? el.localName : el.tagName;
  if (tag === 'p') own.p = 1;
  else if (tag === 'img') own.img = 1;
  else if (tag === 'li') own.li = 1;
  else if (tag === 'input') own.input = 1;
  // Selectors compare local names.
  const name = el.localName;
  if (name.length === 2 && name[0] === 'h' && name[1] >= '1' && name[1] <= '6') {
    own.headings = 1;
    if (name !== 'h1') own.subheadings = 1;
  } else if (name === 'a') own.linkChars = normalizedLength(el);
  else if (name === 'figure' || name === 'figcaption') own.figures = 1;
  // <video> is both an embed and content without text.
  if (EMBEDS.has(name)) own.embeds = 1;
  if (MEDIA.has(name)) own.media = 1;
  return own;
}

export class BlockStatsIndex {
  private readonly sums = new Map<Element, BlockStats>();
  private readonly owns = new Map<Element, BlockStats>();
  /** The elements below the root in document order. */
  readonly elements: Element[];

  constructor(private readonly root: Element) {
    // Pre-order list; visited in reverse, every child is summed before its parent.
    const order: Element[] = [root];
    const next = elementWalk(root);
    for (let el = next(); el; el = next()) order.push(el);
    this.elements = order.slice(1);
    for (const e of order) this.sums.set(e, zero());
    for (let i = order.length - 1; i > 0; i--) {
      const e = order[i];
      const own = ownOf(e);
      this.owns.set(e, own);
      const sum = this.sums.get(e)!;
      const parent = this.sums.get(e.parentElement!)!;
      addInto(parent, sum, own, 1);
    }
  }

  /** Stats of `el`'s descendants; `el` must be in the tree the index was built on. */
  get(el: Element): BlockStats {
    return this.sums.get(el) ?? zero();
  }

  /**
   * Account for `el` having been detached from `ancestors` (its former parent first, up to the
   * root): they lose its stats, and links among them lose its text.
   */
  detached(el: Element, ancestors: Element[]): void {
    const sum = this.sums.get(el);
    const own = this.owns.get(el);
    if (!sum || !own) return;
    for (const a of ancestors) {
      const s = this.sums.get(a);
      if (!s) continue;
      addInto(s, sum, own, -1);
    }
    // A link that held the block is shorter now; so is the link text of everything above it.
    ancestors.forEach((a, i) => {
      const aOwn = this.owns.get(a);
      if (!aOwn || a.localName !== 'a') return;
      const delta = normalizedLength(a) - aOwn.linkChars;
      if (!delta) return;
      aOwn.linkChars += delta;
      for (const up of ancestors.slice(i + 1)) {
        const s = this.sums.get(up);
        if (s) s.linkChars += delta;
      }
    });
  }

  /**
   * Count the link text under `el` as plain text from now on (a link list kept as content), so
   * that it no longer makes the blocks around it look like link lists.
   */
  linksAsText(el: Element): void {
    const sum = this.sums.get(el);
    if (!sum || !sum.linkChars) return;
    const delta = sum.linkChars;
    sum.linkChars = 0;
    for (const a of this.ancestorsOf(el)) {
      const s = this.sums.get(a);
      if (s) s.linkChars -= delta;
    }
  }

  /** `el`'s ancestors up to and including the root, nearest first (read before detaching). */
  ancestorsOf(el: Element): Element[] {
    const out: Element[] = [];
    for (let n = el.parentElement; n; n = n.parentElement) {
      out.push(n);
      if (n === this.root) break;
    }
    return out;
  }
}
