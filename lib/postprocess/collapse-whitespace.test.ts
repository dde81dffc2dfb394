import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './collapse-whitespace';
import { articlePage, extractHtml, fragment } from './test-page';

describe('collapseWhitespace', () => {
  it('collapses indentation outside pre/code and keeps code as is', () => {
    const { root, ctx } = fragment(`\n    <div>\n      <p>The   river\n   rose.</p>\n    </div>\n<pre>  a\n    b</pre><p><code>x  =\n  1</code></p>`);
    collapseWhitespace(root, ctx);
    expect(root.innerHTML).toBe('\n<div>\n<p>The river rose.</p>\n</div>\n<pre>  a\n    b</pre><p><code>x  =\n  1</code></p>');
  });

  it('extractArticle output has no runs of indentation, text unchanged', () => {
    const r = extractHtml(articlePage(`<div>\n\n        <p>\n          Indented   paragraph   text about the flood walls along the river.\n        </p>\n\n      </div>`));
    expect(r.contentHtml).not.toMatch(/\n[ \t]+|[ \t]{2,}/);
    expect(r.textContent).toContain('Indented paragraph text about the flood walls along the river.');
  });

  it('collapses as walking every text node up to the root did, (random trees, a preserving root too)', () => {
    // The pass as it was: every ancestor read for every text node with whitespace to collapse.
    const reference = (root: Element): void => {
      const walker = root.ownerDocument.createTreeWalker(root, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const value = n.nodeValue ?? '';
        if (!/[ \t\n\r\f]{2}|[\t\n\r\f]/.test(value)) continue;
        let preserved = false;
        for (let p = n.parentElement; p && p !== root.parentElement; p = p.parentElement) if (['pre', 'code', 'textarea', 'listing', 'plaintext', 'xmp', 'samp', 'kbd'].includes(p.localName)) preserved = true;
        if (!preserved) n.nodeValue = /^[ \t\n\r\f]+$/.test(value) && /\n/.test(value) ? '\n' : value.replace(/[ \t\n\r\f]+/g, ' ');
      }
    };
    let seed = 5;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
    const part = (depth: number): string => {
      if (depth > 4 || pick([0, 1]) === 0) return pick(['\n', '  a \n b', 'x', '\n\n  ', ' ', 'c\td']);
      const tag = pick(['div', 'span', 'code', 'pre', 'p', 'kbd']);
      return `<${tag}>${Array.from({ length: pick([1, 2, 3]) }, () => part(depth + 1)).join('')}</${tag}>`;
    };
    for (const rootTag of ['div', 'pre']) {
      for (let i = 0; i < 20; i++) {
        const html = Array.from({ length: 8 }, () => part(0)).join('');
        const a = fragment(html);
        const b = fragment(html);
        for (const { root } of [a, b]) {
          // Also a preserving root: its own name counts.
          const top = root.ownerDocument.createElement(rootTag);
          while (root.firstChild) top.append(root.firstChild);
          root.append(top);
        }
        reference(a.root.firstElementChild!);
        collapseWhitespace(b.root.firstElementChild!, b.ctx);
        expect(b.root.innerHTML).toBe(a.root.innerHTML);
      }
    }
  });
});
