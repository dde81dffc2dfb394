import type { Rule } from './noise-engine';
import { labelSet, matchTokens, rulePass, tokenMatcher } from './noise-engine';
import { AD_NEGATIVE_TOKENS, AD_TOKENS } from '../data/noise-tokens';
import { AD_ATTRIBUTES, AD_IFRAME_HOSTS } from '../data/noise-structure';

const TOKENS = tokenMatcher(AD_TOKENS, AD_NEGATIVE_TOKENS);
const LABELS = labelSet('adLabels');
const SLOT_TAGS = new Set(['div', 'ins', 'aside', 'section', 'span', 'iframe', 'amp-ad', 'amp-embed']);

/**
 * Ad slots (class/id tokens, ad-script attributes, <amp-ad>, iframes from ad hosts) and, in the
 * phrase stage, their labels ("Advertisement", "विज्ञापन", "Sponsored") with the empty or
 * link-only box around them.
 */
export const adsRule: Rule = {
  pass: 'removeAds',
  structure(t, ctx) {
    if (t.tag === 'amp-ad' || t.tag === 'amp-embed') return `<${t.tag}>`;
    if (!t.attrs) return null;
    if (t.tag === 'iframe') {
      const host = iframeHost(t.el);
      if (host && isAdHost(host)) return `ad iframe from ${host}`;
    }
    if (SLOT_TAGS.has(t.tag)) for (const a of AD_ATTRIBUTES) if (t.has(a)) return `attribute ${a}`;
    return matchTokens(t, TOKENS, ctx);
  },
  phrase(_t, b) {
    return LABELS.has(b.label) ? { reason: `ad label "${b.label}"`, widen: 'links', line: 'alone' } : null;
  },
};

export function iframeHost(el: Element): string {
  const src = el.getAttribute('src') || el.getAttribute('data-src') || '';
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(src.trim());
  return m ? m[1].toLowerCase() : '';
}

export function isAdHost(host: string): boolean {
  return AD_IFRAME_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

export const removeAds = rulePass(adsRule);
