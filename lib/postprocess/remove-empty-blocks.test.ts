import { describe, expect, it } from 'vitest';
import { removeEmptyBlocks } from './remove-empty-blocks';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('removeEmptyBlocks', () => {
  it('removes nested empty wrappers and spacer paragraphs', () => {
    const { root, ctx } = fragment(`<div><div><span> </span></div></div><p>&nbsp;</p><p><br></p><p>Kept</p>`);
    removeEmptyBlocks(root, ctx);
    expect(root.innerHTML).toBe('<p>Kept</p>');
  });

  it('keeps images, rules, breaks and maths, and what holds them', () => {
    const { root, ctx } = fragment(`<p><img src="/a.jpg"></p><div><hr></div><p>a<br>b</p><p><math><mi>x</mi></math></p><span id="saar-n1"></span>`);
    const before = root.innerHTML;
    removeEmptyBlocks(root, ctx);
    expect(root.innerHTML).toBe(before);
  });

  it('keeps the spaces that whitespace-only inline elements put between words (highlighted code)', () => {
    const { root, ctx } = fragment(`<pre><span></span><span class="kn">from</span><span class="w"> </span><span class="nn">django.db</span><span class="w">\n    </span><span class="kn">import</span></pre><p>one<span> </span>two</p>`);
    removeEmptyBlocks(root, ctx);
    expect(root.querySelector('pre')!.textContent).toBe('from django.db\n    import');
    expect(root.querySelector('p')!.textContent).toBe('one two');
  });

  it('an image-only paragraph and a horizontal rule survive extractArticle', () => {
    const r = extractHtml(articlePage(`<div class="body-image"><p><img src="/media/gauge.jpg" alt="Gauge"></p></div><hr><div class="spacer"><p> </p></div>`));
    const doc = parseContent(r.contentHtml);
    expect(doc.querySelector('img[src="https://news.example.org/media/gauge.jpg"]')).not.toBeNull();
    expect(doc.querySelector('hr')).not.toBeNull();
    expect(r.contentHtml).not.toMatch(/<p>\s*<\/p>|<div>\s*<\/div>/);
  });
});
