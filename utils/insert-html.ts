// The one place the extension turns the core's body HTML into DOM. `contentHtml` is already
// sanitized by the core; it is sanitized again here into a fragment (never assigned as a raw
// string), so nothing page-derived reaches innerHTML.
import { sanitizeToFragment } from '../lib/sanitize/sanitize';

/** Replace the children of `target` with a sanitized copy of `html`. */
export function insertSanitizedHtml(target: Element, html: string): void {
  const doc = target.ownerDocument;
  const win = (doc.defaultView ?? window) as Window & typeof globalThis;
  const fragment = sanitizeToFragment(html, win);
  for (const a of Array.from(fragment.querySelectorAll('a[href]'))) {
    // Links leave the reader view for a new tab and give the target no handle on the page.
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  target.replaceChildren(doc.importNode(fragment, true));
}
