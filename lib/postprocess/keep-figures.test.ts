import { describe, expect, it } from 'vitest';
import { isImageBox, keepFigures, makeBoxFigures, normalizeFigure } from './keep-figures';
import { all, rename } from './dom';
import { closestTag } from '../dom/has-tag';
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

  it('makes the same figures as judging every box afresh for each image (random galleries)', () => {
    // The loop as it was before boxes were judged once per tree state.
    const reference = (root: Element): void => {
      for (const media of all(root, 'img, picture, video, svg, iframe, math')) {
        if (!root.contains(media) || closestTag(media, 'figure')) continue;
        const chain: Element[] = [];
        for (let p = media.parentElement, i = 0; p && p !== root && i < 4; p = p.parentElement, i++) chain.push(p);
        const box = chain.reverse().find(isImageBox);
        if (box) normalizeFigure(rename(box, 'figure', false));
      }
    };
    let seed = 11;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
    const part = (depth: number): string => {
      if (depth > 3 || pick([0, 1, 2]) === 0) return pick(['<img src="/a.jpg">', 'text', '<span class="caption">A caption here</span>', '<p class="credit">Photo: X</p>', '']);
      const tag = pick(['div', 'span', 'p', 'section']);
      const kids = Array.from({ length: pick([1, 2, 3]) }, () => part(depth + 1)).join('');
      return `<${tag} class="${pick(['gallery', 'wp-caption', 'item', 'caption', 'photo-credit'])}">${kids}</${tag}>`;
    };
    let figures = 0;
    for (let i = 0; i < 60; i++) {
      const html = Array.from({ length: 6 }, () => part(0)).join('');
      const a = fragment(html);
      const b = fragment(html);
      reference(a.root);
      makeBoxFigures(b.root);
      expect(b.root.innerHTML).toBe(a.root.innerHTML);
      figures += a.root.querySelectorAll('figure').length;
    }
    // The galleries made figures (the comparison is not vacuous).
    expect(figures).toBeGreaterThan(10);
  });
});
