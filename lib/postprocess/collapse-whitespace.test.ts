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
});
