// A caption describes a picture. When the picture is not there (a lazy image only the page's
// script fills in, with no address anywhere in the markup), its caption and credit describe
// nothing the reader can see and read as stray lines between paragraphs: the box goes with them.
// Runs after fixLazyImages has recovered every picture it can and keepFigures has put captions
// into their figures.
import type { PassContext } from '../passes/pass-context';
import { allWhere, findDescendant } from '../dom/next-element';
import { closestTag } from '../dom/has-tag';
import { classAndId, hasText } from './dom';
import { isCredit } from './keep-figures';

const PASS = 'removeOrphanCaptions';
/** What a caption can describe: a picture, a player, a chart, a table, a listing. */
const SHOWN = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'math', 'object', 'embed', 'table', 'pre']);
/** Class/id of a box made for a picture (CNBC-style `InlineImage-imageEmbed`, `photo-box`, `media-item`). */
const PICTURE_BOX = /image|photo|picture|img|figure|media|gallery|video|slide/;
/** Caption and credit classes run into other words in BEM-style names (`imageEmbedCaption`). */
const CAPTION_PART = /caption|cutline|credit|(?:^|[\s_-])legend(?:$|[\s_-])/i;
/** One walk over every element, so one attribute read each: captions carry a class (an id alone is rare). */
const isCaptionLike = (el: Element): boolean => {
  if (el.localName === 'figcaption') return true;
  // A figure named for its caption style (`figure.stat-caption` holding a stat, "Up to 50%
  // faster") is the box, not a caption in it.
  if (el.localName === 'figure') return false;
  const cls = el.getAttribute('class');
  return !!cls && CAPTION_PART.test(cls);
};
const isCreditLike = (el: Element): boolean => isCaptionLike(el) || isCredit(el) || el.localName === 'small';
/** How far above its caption a picture box may be (box > wrapper > caption row > caption). */
const MAX_BOX_DEPTH = 4;
/** Longer than this, a "caption" is a section of text, not a line under a picture. */
const MAX_CAPTION_CHARS = 600;
/** A "caption" with a heading, a list or paragraphs of its own is a section of text (a product page's feature panel). */
const SECTION_PARTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);
/**
 * Whether `box` holds something a caption describes, or is a section of text. A tag test in one
 * walk: under jsdom a selector query costs many times that in each copied document.
 */
const holdsMoreThanCaption = (box: Element): boolean =>
  !!findDescendant(box, (el) => SHOWN.has(el.localName) || SECTION_PARTS.has(el.localName) || (el.localName === 'p' && el.previousElementSibling?.localName === 'p'));

export function removeOrphanCaptions(root: Element, ctx: PassContext): void {
  for (const cap of allWhere(root, isCaptionLike)) {
    if (!root.contains(cap) || (cap.textContent ?? '').length > MAX_CAPTION_CHARS || holdsMoreThanCaption(cap)) continue;
    const box = orphanBox(cap, root);
    if (box) ctx.remove(box, PASS, 'caption of a picture that is not shown');
  }
}

/** The figure or picture box around `cap` when it shows nothing and says nothing but the caption. */
function orphanBox(cap: Element, root: Element): Element | null {
  const fig = closestTag(cap, 'figure');
  if (fig && root.contains(fig) && fig !== root) return !holdsMoreThanCaption(fig) && onlyCaptionText(fig) ? fig : null;
  let box: Element | null = null;
  for (let p = cap.parentElement, i = 0; p && p !== root && i < MAX_BOX_DEPTH; p = p.parentElement, i++) {
    if (holdsMoreThanCaption(p) || !onlyCaptionText(p)) break;
    if (PICTURE_BOX.test(classAndId(p))) box = p;
  }
  return box;
}

/** Whether every visible word in `box` sits in a caption or a credit. */
function onlyCaptionText(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!hasText(t)) continue;
    let held = false;
    for (let e = t.parentElement; e && e !== box.parentElement; e = e.parentElement) if (isCreditLike(e)) { held = true; break; }
    if (!held) return false;
  }
  return true;
}
