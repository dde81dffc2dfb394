import type { Rule, Target } from './noise-engine';
import { matchTokens, readBlock, rulePass, tokenMatcher } from './noise-engine';
import { containsTag, hasAncestor } from '../dom/has-tag';
import { ICON_MAX_SIZE, NON_CONTENT_TAGS } from '../data/noise-structure';
import { GALLERY_CONTROL_TOKENS, STYLE_HIDDEN_TOKENS } from '../data/noise-tokens';
import { isDisclosureToggle } from './disclosure-toggle';

/**
 * Elements that are not reader content: scripts, styles, templates, form controls, empty iframes,
 * short forms (search, sign-up), buttons, and svg icons. Kept: accordion/FAQ toggles (their label is the question), <noscript> holding an <img> (the
 * lazy-image fallback the postprocess image pass reads), buttons wrapping images, svg charts and
 * drawings (big, or inside a <figure>), math, video. Also gallery and player controls (slide
 * counters, count badges, "Caption"/"Close" toggles) and stylesheet-hidden hover cards and structured-data copies by class name.
 */
const GALLERY = tokenMatcher({ strong: [...GALLERY_CONTROL_TOKENS.strong, ...STYLE_HIDDEN_TOKENS.strong], weak: [] });
const IMG = new Set(['img']);
const MEDIA = new Set(['img', 'picture', 'video']);
/** schema.org properties of a post's tallies: votes, and the "2 Likes" interaction counter. */
const VOTE_PROPS = /^(?:upvoteCount|downvoteCount|interactionStatistic)$/;
const MAX_TALLY_CHARS = 20;
const PAGE_PARTS = /schema\.org\/(?:SiteNavigationElement|WPHeader|WPFooter|WPSideBar)$/i;

export const nonContentRule: Rule = {
  pass: 'removeNonContent',
  structure(t, ctx) {
    const { el, tag } = t;
    if (NON_CONTENT_TAGS.has(tag)) return `<${tag}>`;
    switch (tag) {
      case 'noscript':
        // Parsed with scripting off, a <noscript> is real markup: the last retry reads it.
        if (ctx.relaxed.has('noscript') && el.firstElementChild) return null;
        return containsTag(el, IMG) || /<img\b/i.test(el.textContent ?? '') ? null : '<noscript> without image';
      case 'iframe': {
        const src = (el.getAttribute('src') || el.getAttribute('data-src') || el.getAttribute('data-lazy-src') || '').trim();
        return !src && !el.hasAttribute('srcdoc') ? 'empty iframe' : src === 'about:blank' ? 'blank iframe' : null;
      }
      case 'form':
        // A page wrapped whole in one <form> (ASP.NET) is long; search and sign-up forms are short.
        return readBlock(el, ctx, 800) ? 'short <form>' : null;
      case 'button':
        // An accordion's toggle is labelled with the question its panel answers.
        return containsTag(el, MEDIA) || isDisclosureToggle(el) ? null : '<button>';
      case 'svg':
        return isIcon(t) ? 'svg icon' : null;
    }
    if (!t.attrs) return null;
    // A post's vote or like tally ("6", "2 Likes"), marked with schema.org properties: beside the post, not part of it.
    if (t.has('itemprop') && VOTE_PROPS.test(t.attr('itemprop') ?? '') && (el.textContent ?? '').trim().length <= MAX_TALLY_CHARS) return 'vote count';
    // The page's own menus, header, footer and sidebar, as schema.org names them.
    if (t.has('itemtype') && PAGE_PARTS.test(t.attr('itemtype') ?? '')) return 'site navigation (schema.org type)';
    return matchTokens(t, GALLERY, ctx);
  },
};

function isIcon(t: Target): boolean {
  const el = t.el;
  if (hasAncestor(el, 'figure')) return false;
  const size = svgSize(el);
  if (size !== null) return size <= ICON_MAX_SIZE;
  const p = el.parentElement?.localName;
  return p === 'a' || p === 'button' || p === 'span' || p === 'i' || p === 'li';
}

/** The larger of width and height, from the attributes or else the viewBox; null when unknown. */
function svgSize(el: Element): number | null {
  const w = parseFloat(el.getAttribute('width') ?? '');
  const h = parseFloat(el.getAttribute('height') ?? '');
  if (w > 0 || h > 0) return Math.max(w || 0, h || 0);
  const vb = (el.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (vb.length === 4 && vb[2] > 0 && vb[3] > 0) return Math.max(vb[2], vb[3]);
  return null;
}

export const removeNonContent = rulePass(nonContentRule);
