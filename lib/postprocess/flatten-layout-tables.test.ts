import { describe, expect, it } from 'vitest';
import { flattenLayoutTables } from './flatten-layout-tables';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('flattenLayoutTables', () => {
  it('turns a layout table into divs, keeping its text', () => {
    const { root, ctx } = fragment(`<table width="100%"><tr><td><p>Column one text.</p></td><td><p>Column two text.</p></td></tr></table>`);
    flattenLayoutTables(root, ctx);
    expect(root.querySelector('table, tr, td')).toBeNull();
    expect(root.textContent).toBe('Column one text.Column two text.');
  });

  it('keeps data tables (th, caption, a grid of values)', () => {
    const { root, ctx } = fragment(`<table><caption>Levels</caption><tr><td>Mon</td><td>3.1</td></tr><tr><td>Tue</td><td>6.2</td></tr></table>
<table><tr><th>Town</th><th>Homes</th></tr><tr><td>Ash</td><td>40</td></tr></table>`);
    flattenLayoutTables(root, ctx);
    expect(root.querySelectorAll('table')).toHaveLength(2);
  });

  it('reads header cells in row groups and ignores an empty caption', () => {
    const { root, ctx } = fragment(`<table><caption> </caption><tbody><tr><th>Town</th><td>40</td></tr></tbody></table>
<table><caption> </caption><tr><td>Left</td><td>Right</td></tr><tr><td><p>A paragraph of page text.</p></td><td>x</td></tr></table>`);
    flattenLayoutTables(root, ctx);
    expect(root.querySelectorAll('table')).toHaveLength(1);
    expect(root.querySelector('table th')?.textContent).toBe('Town');
  });

  it('treats a table holding a table as layout, the inner data table stays', () => {
    const { root, ctx } = fragment(`<table><tr><td><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></td></tr></table>`);
    flattenLayoutTables(root, ctx);
    expect(root.querySelectorAll('table')).toHaveLength(1);
    expect(root.querySelector('table th')).not.toBeNull();
  });

  it('a data table with caption and headers survives extractArticle', () => {
    const r = extractHtml(articlePage(`<table class="data"><caption>River level by day</caption><thead><tr><th>Day</th><th>Level (m)</th></tr></thead><tbody><tr><td>Friday</td><td>4.8</td></tr><tr><td colspan="2">Saturday: peak</td></tr></tbody></table>`));
    const t = parseContent(r.contentHtml).querySelector('table');
    expect(t?.querySelector('caption')?.textContent).toBe('River level by day');
    expect(t?.querySelectorAll('th')).toHaveLength(2);
    expect(t?.querySelector('td[colspan="2"]')).not.toBeNull();
  });
});
