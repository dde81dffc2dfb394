import { describe, expect, it } from 'vitest';
import { keepFigures } from './keep-figures';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('keepFigures', () => {
  it('makes a WordPress caption box a figure with figcaption', () => {
    const { root, ctx } = fragment(`<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">The old bridge</p></div>`);
    keepFigures(root, ctx);
    expect(root.querySelector('figure > img')).not.toBeNull();
    expect(root.querySelector('figure > figcaption')!.textContent).toBe('The old bridge');
  });

  it('separates the credit from the caption text', () => {
    const { root, ctx } = fragment(`<figure><img src="/a.jpg"><span class="image-credit">Reuters</span><figcaption>Sandbags<span class="credit">Photo: AP</span></figcaption></figure>`);
    keepFigures(root, ctx);
    const cap = root.querySelector('figcaption')!;
    expect(Array.from(cap.querySelectorAll('small')).map((s) => s.textContent)).toEqual(['Reuters', 'Photo: AP']);
    expect(cap.textContent).toBe('Sandbags Reuters Photo: AP');
  });

  it('pulls a caption that follows its figure inside it', () => {
    const { root, ctx } = fragment(`<figure><img src="/a.jpg"></figure><div class="caption">Volunteers</div>`);
    keepFigures(root, ctx);
    expect(root.querySelector('figure figcaption')!.textContent).toBe('Volunteers');
  });

  it('leaves a text section that happens to hold an image alone', () => {
    const { root, ctx } = fragment(`<div class="story-image"><p>A long paragraph of reporting.</p><img src="/a.jpg"><p class="caption">cap</p></div>`);
    keepFigures(root, ctx);
    expect(root.querySelector('figure')).toBeNull();
  });

  it('figure, caption and credit stay together through extractArticle', () => {
    const r = extractHtml(articlePage(`<figure class="article-image"><img src="/media/bridge.jpg" alt="Bridge"><figcaption><span class="caption-text">The old stone bridge at dawn.</span><span class="credit">Photo: Jane Doe</span></figcaption></figure>`));
    const fig = parseContent(r.contentHtml).querySelector('figure');
    expect(fig?.querySelector('img')?.getAttribute('src')).toBe('https://news.example.org/media/bridge.jpg');
    expect(fig?.querySelector('figcaption')?.textContent).toBe('The old stone bridge at dawn. Photo: Jane Doe');
    expect(fig?.querySelector('figcaption small')?.textContent).toBe('Photo: Jane Doe');
    expect(r.textContent).toContain('The old stone bridge at dawn. Photo: Jane Doe');
  });
});
