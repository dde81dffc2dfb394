// OWNER: security helper. The one sanitization path for page-derived HTML.
import DOMPurify from 'dompurify';

/** Sanitize a subtree of a document into a fragment owned by `targetDoc`. */
export function sanitizeToFragment(html: string, win: Window & typeof globalThis): DocumentFragment {
  const purify = DOMPurify(win);
  return purify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link'], FORBID_ATTR: ['style'] }) as DocumentFragment;
}

export function sanitizeHtml(html: string, win: Window & typeof globalThis): string {
  const purify = DOMPurify(win);
  return purify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link'], FORBID_ATTR: ['style'] }) as string;
}
