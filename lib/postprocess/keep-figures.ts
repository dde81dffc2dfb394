// An image, its caption and its credit belong together. Sites mark them up as <figure>, as
// WordPress `.wp-caption` boxes or as a div with an image and a caption-classed child; all become
// <figure><img><figcaption>caption <small>credit</small></figcaption></figure>, with the credit
// kept apart from the caption so their words never run together.
import type { PassContext } from '../passes/pass-context';
import { all, classAndId, hasText, inPhrasingContext, rename } from './dom';
import { childElements } from '../dom/next-element';
import { closestTag, firstDescendantNamed } from '../dom/has-tag';

/** Class/id/itemprop tokens of captions and credits. */
const CAPTION = /(?:^|[\s_-])(?:wp-caption-text|caption|figcaption|image-?caption|img-?caption|photo-?caption|media-?caption|cutline|legend)(?:$|[\s_-])/i;
const CREDIT = /(?:^|[\s_-])(?:credit|credits|copyright|photographer|photo-?credit|image-?credit|attribution|image-?source|source)(?:$|[\s_-])/i;
const MEDIA = 'img, picture, video, svg, iframe, math';
const BOX_TAGS = new Set(['div', 'span', 'p', 'section']);
/** How far above an image its box may be (box > link > picture > img). */
const BOX_DEPTH = 4;
/** A wrapper with more text than this is a section, not an image box. */
const MAX_FIGURE_TEXT = 600;

function tokens(el: Element): string {
  return `${classAndId(el)} ${el.getAttribute('itemprop') ?? ''}`;
}
const isCaption = (el: Element) => el.localName === 'figcaption' || CAPTION.test(tokens(el)) || el.getAttribute('itemprop') === 'caption';
export const isCredit = (el: Element) => CREDIT.test(tokens(el)) || el.getAttribute('itemprop') === 'copyrightHolder';

/** Gather credits found anywhere in the figure into one <small> at the end of its caption. */
export function normalizeFigure(fig: Element): void {
  const doc = fig.ownerDocument;
  let caption: Element | null = firstDescendantNamed(fig, 'figcaption');
  if (!caption) {
    const candidate = all(fig, '*').find((el) => isCaption(el) && !el.querySelector(MEDIA) && hasText(el));
    if (candidate) caption = rename(candidate, 'figcaption', false);
  }
  const credits = all(fig, '*').filter((el) => isCredit(el) && !isCaption(el) && !el.querySelector(MEDIA) && hasText(el) && !el.parentElement?.closest('small'));
  const outer = credits.filter((c) => !credits.some((o) => o !== c && o.contains(c)));
  if (outer.length) {
    if (!caption) { caption = doc.createElement('figcaption'); fig.append(caption); }
    for (const c of outer) {
      const small = doc.createElement('small');
      small.textContent = (c.textContent ?? '').replace(/\s+/g, ' ').trim();
      c.remove();
      if (hasText(caption) && !/\s$/.test(caption.textContent ?? '')) caption.append(' ');
      caption.append(small);
    }
  }
  if (caption && caption.parentElement !== fig) fig.append(caption);
}

/** A box holding just `media`, a caption and maybe a credit: it becomes a figure. */
export function isImageBox(box: Element): boolean {
  if (!BOX_TAGS.has(box.localName)) return false;
  // The caption child first: most boxes have none, and it is the cheapest thing to check.
  const kids = childElements(box);
  const captionKid = kids.find((k) => isCaption(k) && !k.querySelector(MEDIA) && hasText(k));
  if (!captionKid || inPhrasingContext(box)) return false;
  if (box.querySelectorAll(MEDIA).length !== 1 || (box.textContent ?? '').length > MAX_FIGURE_TEXT) return false;
  // Everything else in the box is the image's wrapper, a credit, or empty.
  const rest = kids.filter((k) => k !== captionKid && !k.querySelector(MEDIA) && !k.matches(MEDIA) && !isCredit(k));
  if (rest.some((k) => hasText(k))) return false;
  for (let n = box.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && hasText(n)) return false;
  return true;
}

/**
 * Image boxes that are not <figure> yet become figures. Only a media element's near ancestors
 * can be one, so look there (outermost first) rather than testing every div of the article.
 */
export function makeBoxFigures(root: Element): void {
  // The images of a gallery share their ancestors: each box is judged once while the tree
  // stays as it is (making a figure changes it, so the verdicts are dropped then).
  const verdicts = new Map<Element, boolean>();
  const judged = (box: Element): boolean => {
    let yes = verdicts.get(box);
    if (yes === undefined) verdicts.set(box, (yes = isImageBox(box)));
    return yes;
  };
  for (const media of all(root, MEDIA)) {
    if (!root.contains(media) || closestTag(media, 'figure')) continue;
    const chain: Element[] = [];
    for (let p = media.parentElement, i = 0; p && p !== root && i < BOX_DEPTH; p = p.parentElement, i++) chain.push(p);
    const box = chain.reverse().find(judged);
    if (box) {
      normalizeFigure(rename(box, 'figure', false));
      verdicts.clear();
    }
  }
}

export function keepFigures(root: Element, _ctx: PassContext): void {
  makeBoxFigures(root);
  // A caption right after its figure, outside it.
  for (const fig of all(root, 'figure')) {
    const next = fig.nextElementSibling;
    if (next && !firstDescendantNamed(fig, 'figcaption') && isCaption(next) && !next.querySelector(MEDIA) && (next.textContent ?? '').length < MAX_FIGURE_TEXT) {
      fig.append(rename(next, 'figcaption', false));
    }
    normalizeFigure(fig);
  }
}
