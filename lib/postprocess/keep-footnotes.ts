// Footnotes work through in-article links (`<a href="#fn1">`) and the ids they point at. Keep
// exactly those ids (stripAttributes drops every other id), give them a prefix so no page id can
// shadow a property of the reader view's window (DOM clobbering), and keep footnote lists as
// plain sections.
import type { PassContext } from '../passes/pass-context';
import { rename } from './dom';
import { allWhere, elementWalk } from '../dom/next-element';

export const ID_PREFIX = 'saar-';
/** Footnote and endnote containers (DPUB roles, common class names). */
export const FOOTNOTE_LISTS = '[role="doc-endnotes"], [role="doc-footnotes"], aside.footnotes, aside.footnote, aside[class*="footnote"], aside.endnotes';

const FOOTNOTE_ROLES = new Set(['doc-endnotes', 'doc-footnotes']);
const FOOTNOTE_CLASSES = ['footnotes', 'footnote', 'endnotes'];

/** `el.matches(FOOTNOTE_LISTS)` as tests (a selector query compiles afresh per document). */
export function isFootnoteList(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role !== null && FOOTNOTE_ROLES.has(role)) return true;
  if (el.localName !== 'aside') return false;
  const cls = el.getAttribute('class');
  if (cls === null) return false;
  if (cls.includes('footnote')) return true;
  // Class selectors ignore case in quirks mode.
  const quirks = el.ownerDocument.compatMode === 'BackCompat';
  for (const token of cls.split(/[\t\n\f\r ]+/)) {
    if (FOOTNOTE_CLASSES.includes(quirks ? token.toLowerCase() : token)) return true;
  }
  return false;
}

function fragmentOf(href: string): string | null {
  if (!href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

export function keepFootnotes(root: Element, _ctx: PassContext): void {
  // One walk instead of three attribute-selector queries (slow under jsdom); in document order.
  const targets = new Map<string, Element>();
  const links: Element[] = [];
  let hasAside = false;
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    const name = el.localName;
    if (name === 'aside') hasAside = true;
    if (el.hasAttributes()) {
      // Old-style targets: <a name="fn1"></a>.
      if (name === 'a' && el.hasAttribute('name') && !el.hasAttribute('id')) el.setAttribute('id', el.getAttribute('name')!);
      if (el.hasAttribute('id') && !targets.has(el.id)) targets.set(el.id, el);
      if (name === 'a' && el.getAttribute('href')?.startsWith('#')) links.push(el);
    }
  }

  const used = new Set<string>();
  for (const a of links) {
    const frag = fragmentOf(a.getAttribute('href')!);
    if (frag === null) continue;
    const target = targets.get(frag);
    if (!target) continue;
    a.setAttribute('href', `#${encodeURIComponent(ID_PREFIX + frag)}`);
    used.add(frag);
  }
  for (const [id, el] of targets) {
    if (used.has(id)) el.setAttribute('id', ID_PREFIX + id);
    else el.removeAttribute('id');
  }

  // An <aside> holding the notes would be styled as a sidebar or dropped downstream.
  if (hasAside) for (const list of allWhere(root, isFootnoteList)) {
    if (list.localName === 'aside') rename(list, 'section');
  }
}
