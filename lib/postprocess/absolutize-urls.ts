// The article is shown away from its page (reader view, CLI output), so every address must be
// absolute. Links to places inside the article (footnotes) stay fragments; script links lose
// their href but keep their text.
import type { PassContext } from '../passes/pass-context';
import { splitSrcset } from '../sanitize/sanitize';
import { elementWalk } from '../dom/next-element';
import { baseUrl, resolveUrl, unwrap } from './dom';

const PASS = 'absolutizeUrls';
const URL_JUNK = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;
const SCRIPT_URL = /^(?:javascript|vbscript|livescript|data):/i;

/** Elements whose href is fixed first (in-article anchors are judged on them). */
const LINK_TAGS = new Set(['a', 'area']);
/** Other attributes holding one URL and the tags that carry them, fixed in this order. */
const URL_ATTRS: Array<[string, ReadonlySet<string>]> = [
  ['src', new Set(['img', 'source', 'video', 'audio', 'track', 'iframe', 'embed'])],
  ['poster', new Set(['video'])],
  ['cite', new Set(['blockquote', 'q', 'del', 'ins'])],
];
const SRCSET_TAGS = new Set(['img', 'source']);

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
  // One walk instead of a selector query per attribute (slow under jsdom): in-article anchors,
  // links, and the other URL attributes. Those are fixed after the links, on the elements found
  // here: fixing a link only unwraps an <a> (its children move up, in order) or removes an
  // <area> (void), so no element holding another URL attribute comes or goes.
  const ids = new Set<string>();
  const links: Element[] = [];
  const lists: Element[][] = URL_ATTRS.map(() => []);
  const srcsets: Element[] = [];
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    if (!el.hasAttributes()) continue;
    const tag = el.localName;
    if (el.hasAttribute('id') || (tag === 'a' && el.hasAttribute('name'))) ids.add(el.getAttribute('id') || el.getAttribute('name') || '');
    if (LINK_TAGS.has(tag) && el.hasAttribute('href')) links.push(el);
    for (let k = 0; k < URL_ATTRS.length; k++) if (URL_ATTRS[k][1].has(tag) && el.hasAttribute(URL_ATTRS[k][0])) lists[k].push(el);
    if (SRCSET_TAGS.has(tag) && el.hasAttribute('srcset')) srcsets.push(el);
  }
  ids.delete('');

  const fix = (el: Element, attr: string): void => {
    const raw = el.getAttribute(attr) ?? '';
    const compact = raw.replace(URL_JUNK, '');
    if (SCRIPT_URL.test(compact) && !(attr !== 'href' && /^data:image\//i.test(compact))) {
      if (el.localName === 'a' || el.localName === 'area') {
        if (el.localName === 'a') unwrap(el);
        else ctx.remove(el, PASS, 'script link');
      } else el.removeAttribute(attr);
      return;
    }
    if (/^data:/i.test(compact)) return;
    if (attr === 'href' && raw.trim().startsWith('#')) {
      const frag = decodeFragment(raw.trim().slice(1));
      // In-article anchors keep working as fragments; anchors to the rest of the page go there.
      if (frag && ids.has(frag)) return;
      if (!frag) { unwrap(el); return; }
    }
    const abs = resolve(raw);
    if (!abs) { if (attr === 'href') unwrap(el); else el.removeAttribute(attr); return; }
    if (attr === 'href' && abs.includes('#') && sameDocument(abs, base)) {
      const frag = decodeFragment(abs.slice(abs.indexOf('#') + 1));
      if (frag && ids.has(frag)) { el.setAttribute('href', `#${frag}`); return; }
    }
    // Most URLs are absolute already: setting the same value would change nothing but still
    // cost a mutation (jsdom drops its selector caches on every attribute write).
    if (abs !== raw) el.setAttribute(attr, abs);
  };
  for (const el of links) fix(el, 'href');
  for (let k = 0; k < URL_ATTRS.length; k++) for (const el of lists[k]) fix(el, URL_ATTRS[k][0]);

  for (const el of srcsets) {
    const parts: string[] = [];
    for (const c of splitSrcset(el.getAttribute('srcset') ?? '')) {
      const compact = c.url.replace(URL_JUNK, '');
      const url = /^data:/i.test(compact) ? (/^data:image\//i.test(compact) ? c.url : null) : SCRIPT_URL.test(compact) ? null : resolve(c.url);
      if (url) parts.push(c.descriptor ? `${url} ${c.descriptor}` : url);
    }
    if (!parts.length) el.removeAttribute('srcset');
    else {
      const value = parts.join(', ');
      if (value !== el.getAttribute('srcset')) el.setAttribute('srcset', value);
    }
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
