// Property tests: random and malformed HTML never makes extraction throw, the output is always
// sanitized (sanitizing it again changes nothing, no handler or script URL survives) and the
// plain text never contains markup.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articlePage, extractHtml } from '../../lib/postprocess/test-page';
import { sanitizeHtml } from '../../lib/sanitize/sanitize';
import { assertSafeHtml, MARKUP_IN_TEXT } from './assert-safe';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'img', 'table', 'tr', 'td', 'th', 'ul', 'li', 'pre', 'code', 'br', 'hr', 'figure', 'figcaption',
  'noscript', 'script', 'style', 'iframe', 'svg', 'math', 'mtext', 'mglyph', 'form', 'input', 'textarea', 'title', 'template', 'select', 'option',
  'object', 'embed', 'base', 'meta', 'link', 'xmp', 'annotation-xml', 'foreignobject', 'use', 'blockquote', 'section', 'picture', 'source', 'video', 'h2', 'marquee', 'applet', 'caption', 'dl', 'dt', 'dd', 'button', 'label', 'listing'];
const ATTRS = ['href', 'src', 'srcset', 'onerror', 'onclick', 'style', 'class', 'id', 'name', 'data-src', 'title', 'alt', 'target', 'srcdoc', 'action', 'poster', 'type', 'http-equiv', 'content', 'xlink:href', 'encoding'];
const VALUES = ['javascript:alert(1)', 'java&#x09;script:alert(1)', '/a.jpg', 'https://x.example/p', 'data:text/html,<script>alert(1)</script>', 'data:image/png;base64,iVBORw0KGgo=',
  '</noscript><img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'position:fixed', 'location', 'text/html', '_blank', 'math/tex', 'refresh', 'x'];
const WORDS = ['river', 'flood', 'bridge', 'नदी', 'пруд', '洪水', '&amp;', '&nbsp;', '1 < 2', 'a <3 b', 'x > y', '&#169;'];

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", '')).map(([n, v, q]) => (q ? ` ${n}=${q}${v}${q}` : ` ${n}=${v.replace(/[\s"'>]/g, '')}`));
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      // Sometimes leave the tag unclosed: malformed markup the parser must repair.
      .map(([t, as, kids, close]) => `<${t}${as.join('')}>${kids.join('')}${close ? `</${t}>` : ''}`),
    fc.constantFrom('</p>', '</div></div>', '<p', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<a href="', '"', "'", '</table>', '<td>'),
  ),
}));

const snippet = fc.array(node, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

function check(html: string, label: string, textChecked: boolean): void {
  const r = extractHtml(html);
  expect(sanitizeHtml(r.contentHtml, win), `${label}: re-sanitizing changed the output`).toBe(r.contentHtml);
  assertSafeHtml(r.contentHtml, label);
  if (textChecked) expect(MARKUP_IN_TEXT.test(r.textContent), `${label}: markup in text ${r.textContent.slice(0, 200)}`).toBe(false);
  expect(typeof r.wordCount).toBe('number');
}

describe('extractArticle on random markup', () => {
  it('random tag soup inside an article: no throw, sanitized, idempotent, text without markup', () => {
    fc.assert(fc.property(snippet, (s) => check(articlePage(s), s, true)), { numRuns: 100 });
  }, 180_000);

  it('random tag soup as the whole page', () => {
    fc.assert(fc.property(snippet, (s) => check(s, s, true)), { numRuns: 60 });
  }, 180_000);

  // Found by the runs above: foster parenting out of a malformed table nests what the parser never
  // nests (a <p> in a <p>, an <li> in an <li>, a heading in a heading), and a table chosen as the
  // article root gives its rows without the table; the output must still parse back to itself.
  it.each([
    '<p><table><p>river',
    '<p><span><table><div>river flood</div></table></span></p>',
    '<li><table><li>river flood</li></table></li>',
    '<h2><table><h3>river flood</h3></table></h2>',
    '<dl><dd><table><dt>river</dt></table></dd></dl>',
    '<table><td>riverriver river river river',
    '<p><object title="data:text/html,<script>alert(1)</script>" src="</noscript><img src=x onerror=alert(1)>">river',
    '<code><p><script type="math/tex">',
  ])('foster-parented nesting stays stable: %s', (s) => {
    check(s, s, true);
    check(articlePage(s), s, true);
  });

  it('arbitrary strings (any characters): no throw, sanitized, idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => check(s, JSON.stringify(s), false)), { numRuns: 60 });
  }, 180_000);
});
