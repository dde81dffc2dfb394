// Shared checks for sanitized output, used by the hostile and property tests.
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { FORBIDDEN_IN_HTML } from './vectors';

/** Markup in plain text: `<` followed by a tag name, `/`, `!` or `?`. */
export const MARKUP_IN_TEXT = /<[a-zA-Z/!?]/;

/** Parse the output and check every element and attribute, not only the string. */
export function assertSafeHtml(html: string, label: string): void {
  for (const [what, re] of FORBIDDEN_IN_HTML) expect(re.test(html), `${label}: ${what} in ${html.slice(0, 300)}`).toBe(false);
  const dom = new JSDOM(`<!DOCTYPE html><body>${html}</body>`);
  try {
    for (const el of Array.from(dom.window.document.body.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        expect(/^on/i.test(a.name), `${label}: handler ${a.name}`).toBe(false);
        const v = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href'].includes(a.name)) {
          expect(/^(?:javascript|vbscript|livescript):/.test(v), `${label}: ${a.name}=${a.value}`).toBe(false);
          if (v.startsWith('data:')) expect(/^data:image\/(?:png|jpe?g|gif|webp)[;,]/.test(v), `${label}: ${a.name}=${a.value}`).toBe(true);
        }
        if (a.name === 'target') expect(el.getAttribute('rel'), `${label}: target without rel`).toBe('noopener noreferrer');
      }
    }
  } finally {
    dom.window.close();
  }
}
