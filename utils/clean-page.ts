// Clean-page mode: hide ads, prompts, consent walls, sticky app bars and dimming backdrops on the
// live page, and undo scroll locking. Every change is an inline style whose previous `style`
// attribute is recorded, so undo() puts the page back exactly.
import { AD_NEGATIVE_TOKENS, AD_TOKENS, CONSENT_TOKENS, PROMO_TOKENS, SUBSCRIPTION_TOKENS } from '../lib/data/noise-tokens';
import { tokenRuns } from '../lib/passes/noise-engine';
import { AD_LABELS, AD_SELECTORS, OWN_HOST_TAG, PROMPT_PHRASES, PROMPT_SELECTORS } from './clean-page-data';

// The core's class/id vocabulary (lib/data), so clean mode and reader view agree on what is noise.
const AD_STRONG = new Set(AD_TOKENS.strong);
const AD_ANY = new Set([...AD_TOKENS.strong, ...AD_TOKENS.weak]);
const AD_NOT = new Set(AD_NEGATIVE_TOKENS);
const PROMPT_ANY = new Set([SUBSCRIPTION_TOKENS, PROMO_TOKENS, CONSENT_TOKENS].flatMap((l) => [...l.strong, ...l.weak]));

export interface CleanSession {
  /** Number of elements changed so far. */
  readonly count: number;
  /** Re-scan (e.g. after the page added a late modal). */
  rescan(): void;
  /** Restore every recorded attribute and the scroll position. */
  undo(): void;
}

/** Elements scanned for computed position; bigger pages are cleaned by selectors only past it. */
const MAX_SCANNED = 12000;
/** A fixed layer with this much text is the page's own layout, not a modal. */
const LONG_TEXT = 3000;

function tokensOf(el: Element): readonly string[] {
  return [...tokenRuns(el.getAttribute('class') ?? ''), ...tokenRuns(el.id)];
}

function hasToken(el: Element, set: Set<string>): boolean {
  const toks = tokensOf(el);
  if (set !== PROMPT_ANY && toks.some((t) => AD_NOT.has(t))) return false;
  return toks.some((t) => set.has(t));
}

function isOurs(el: Element): boolean {
  return el.tagName === OWN_HOST_TAG || !!el.closest(OWN_HOST_TAG.toLowerCase());
}

export function cleanPage(doc: Document = document): CleanSession {
  const win = doc.defaultView!;
  const original = new Map<HTMLElement, string | null>();
  const scroll = { x: win.scrollX, y: win.scrollY };

  const setStyle = (el: Element, prop: string, value: string) => {
    if (!(el instanceof win.HTMLElement) || isOurs(el)) return;
    if (!original.has(el)) original.set(el, el.getAttribute('style'));
    el.style.setProperty(prop, value, 'important');
    // Chromium serializes CSSOM edits into the attribute lazily; reading it now keeps a later
    // removeAttribute() from being followed by a stale `style=""`.
    el.getAttribute('style');
  };
  const hide = (el: Element) => {
    if (el === doc.body || el === doc.documentElement || el.contains(doc.querySelector('main, article'))) return;
    setStyle(el, 'display', 'none');
  };

  const hideBySelectors = () => {
    for (const sel of [...AD_SELECTORS, ...PROMPT_SELECTORS]) {
      let list: Element[] = [];
      try {
        list = Array.from(doc.querySelectorAll(sel));
      } catch {
        continue; // a selector the engine does not support
      }
      list.forEach(hide);
    }
  };

  const hideLabels = () => {
    // Short "Advertisement"/"विज्ञापन" labels, and their wrapper when it holds nothing else.
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
    const labels: Element[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.nodeValue ?? '').trim().toLowerCase();
      if (text && text.length < 20 && AD_LABELS.has(text) && n.parentElement) labels.push(n.parentElement);
    }
    for (const label of labels) {
      let target: Element = label;
      const parent = label.parentElement;
      if (parent && parent !== doc.body && (parent.textContent ?? '').trim().toLowerCase() === (label.textContent ?? '').trim().toLowerCase()) target = parent;
      hide(target);
    }
  };

  const scanComputed = () => {
    const vw = win.innerWidth || 1;
    const vh = win.innerHeight || 1;
    const all = doc.body ? doc.body.getElementsByTagName('*') : [];
    const n = Math.min(all.length, MAX_SCANNED);
    for (let i = 0; i < n; i++) {
      const el = all[i];
      if (isOurs(el) || original.has(el as HTMLElement)) continue;
      const cs = win.getComputedStyle(el);
      if (cs.filter.includes('blur')) setStyle(el, 'filter', 'none');
      if (cs.display === 'none') continue;
      const fixed = cs.position === 'fixed' || cs.position === 'sticky';
      if (!fixed) {
        // In the flow of the page only unambiguous ad names go ("ad"/"sponsor" alone also name real wrappers).
        if (hasToken(el, AD_STRONG) && (el.textContent ?? '').length < LONG_TEXT) hide(el);
        continue;
      }
      const r = el.getBoundingClientRect();
      const coverage = (Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0))) / (vw * vh);
      const text = (el.textContent ?? '').toLowerCase();
      const prompt = hasToken(el, PROMPT_ANY) || PROMPT_PHRASES.some((p) => text.includes(p));
      // Full-screen layers (backdrops, modals, walls) and fixed prompt/ad bars go; a plain sticky
      // site header stays.
      if (cs.position === 'fixed' && coverage > 0.4 && text.length < LONG_TEXT) hide(el);
      else if (prompt || hasToken(el, AD_ANY)) hide(el);
    }
  };

  const unlockScroll = () => {
    for (const el of [doc.documentElement, doc.body]) {
      if (!el) continue;
      const cs = win.getComputedStyle(el);
      if (cs.overflow.includes('hidden') || cs.overflowY === 'hidden') setStyle(el, 'overflow', 'visible');
      if (el === doc.body && cs.position === 'fixed') {
        // Modal scripts pin the body at `top: -scrollY`; unpin and go back to where the reader was.
        const top = parseFloat(cs.top) || 0;
        setStyle(el, 'position', 'static');
        setStyle(el, 'top', 'auto');
        if (top < 0) win.scrollTo(win.scrollX, -top);
      }
      if (cs.height && el === doc.body && cs.overflow.includes('hidden')) setStyle(el, 'height', 'auto');
      if (cs.touchAction === 'none') setStyle(el, 'touch-action', 'auto');
    }
  };

  const pass = () => {
    hideBySelectors();
    hideLabels();
    scanComputed();
    unlockScroll();
  };
  pass();

  return {
    get count() {
      return original.size;
    },
    rescan: pass,
    undo() {
      for (const [el, style] of Array.from(original.entries()).reverse()) {
        el.getAttribute('style');
        if (style === null) el.removeAttribute('style');
        else el.setAttribute('style', style);
      }
      original.clear();
      win.scrollTo(scroll.x, scroll.y);
    },
  };
}
