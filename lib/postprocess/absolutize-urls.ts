// The article is shown away from its page (reader view, CLI output), so every address must be
// absolute. Links to places inside the article (footnotes) stay fragments; script links lose
// their href but keep their text.
import type { PassContext } from '../passes/pass-context';
import { splitSrcset } from '../sanitize/sanitize';
import { all, baseUrl, hasAny, resolveUrl, treeNames, unwrap } from './dom';

const PASS = 'absolutizeUrls';
const URL_JUNK = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;
const SCRIPT_URL = /^(?:javascript|vbscript|livescript|data):/i;

/** Attributes holding one URL, per element. */
const URL_ATTRS: Array<[string, string]> = [
  ['a[href], area[href]', 'href'],
  ['img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src]', 'src'],
  ['video[poster]', 'poster'],
  ['blockquote[cite], q[cite], del[cite], ins[cite]', 'cite'],
];
/** The tags of each URL_ATTRS selector, for a pre-check that skips absent ones. */
const URL_TAGS = URL_ATTRS.map(([selector]) => selector.split(', ').map((s) => s.slice(0, s.indexOf('['))));

function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname && x.search === y.search;
  } catch {
    return false;
  }
}

export function absolutizeUrls(root: Element, ctx: PassContext): void {
  const base = baseUrl(root, ctx);
  // Without a web address (a local file, about:blank) relative URLs cannot be made absolute;
  // they stay relative rather than pointing into the local file system.
  const resolve = /^https?:/i.test(base) ? (v: string) => resolveUrl(v, base) : (v: string) => keepRelative(v);
  const ids = new Set<string>();
  for (const el of all(root, '[id], a[name]')) ids.add(el.getAttribute('id') || el.getAttribute('name') || '');
  ids.delete('');

  // Attribute selectors are slow under jsdom: skip those whose tags are absent (one walk; the
  // loops below only unwrap or remove, so the names stay a superset).
  const names = treeNames(root);
  for (const [k, [selector, attr]] of URL_ATTRS.entries()) {
    if (!hasAny(names, URL_TAGS[k])) continue;
    for (const el of all(root, selector)) {
      const raw = el.getAttribute(attr) ?? '';
      const compact = raw.replace(URL_JUNK, '');
      if (SCRIPT_URL.test(compact) && !(attr !== 'href' && /^data:image\//i.test(compact))) {
        if (el.localName === 'a' || el.localName === 'area') {
          if (el.localName === 'a') unwrap(el);
          else ctx.remove(el, PASS, 'script link');
        } else el.removeAttribute(attr);
        continue;
      }
      if (/^data:/i.test(compact)) continue;
      if (attr === 'href' && raw.trim().startsWith('#')) {
        const frag = decodeFragment(raw.trim().slice(1));
        // In-article anchors keep working as fragments; anchors to the rest of the page go there.
        if (frag && ids.has(frag)) continue;
        if (!frag) { unwrap(el); continue; }
      }
      const abs = resolve(raw);
      if (!abs) { if (attr === 'href') unwrap(el); else el.removeAttribute(attr); continue; }
      if (attr === 'href' && abs.includes('#') && sameDocument(abs, base)) {
        const frag = decodeFragment(abs.slice(abs.indexOf('#') + 1));
        if (frag && ids.has(frag)) { el.setAttribute('href', `#${frag}`); continue; }
      }
      el.setAttribute(attr, abs);
    }
  }

  if (hasAny(names, ['img', 'source'])) for (const el of all(root, 'img[srcset], source[srcset]')) {
    const parts: string[] = [];
    for (const c of splitSrcset(el.getAttribute('srcset') ?? '')) {
      const compact = c.url.replace(URL_JUNK, '');
      const url = /^data:/i.test(compact) ? (/^data:image\//i.test(compact) ? c.url : null) : SCRIPT_URL.test(compact) ? null : resolve(c.url);
      if (url) parts.push(c.descriptor ? `${url} ${c.descriptor}` : url);
    }
    if (parts.length) el.setAttribute('srcset', parts.join(', '));
    else el.removeAttribute('srcset');
  }
}

function keepRelative(v: string): string | null {
  const t = v.trim();
  if (!t) return null;
  if (t.startsWith('//')) return resolveUrl(`https:${t}`, '');
  return /^[a-z][a-z\d+.-]*:/i.test(t) ? resolveUrl(t, '') : t;
}

function decodeFragment(f: string): string {
  try {
    return decodeURIComponent(f);
  } catch {
    return f;
  }
}
