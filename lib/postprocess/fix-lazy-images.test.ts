import { describe, expect, it } from 'vitest';
import { fixLazyImages } from './fix-lazy-images';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('fixLazyImages', () => {
  it('takes the real source from data-src / data-lazy-src / data-original', () => {
    for (const attr of ['data-src', 'data-lazy-src', 'data-original']) {
      const { root, ctx } = fragment(`<img src="${GIF}" ${attr}="/a.jpg" alt="A">`);
      fixLazyImages(root, ctx);
      expect(root.querySelector('img')!.getAttribute('src')).toBe('/a.jpg');
    }
  });

  it('moves data-srcset to srcset and fills src from the largest candidate', () => {
    const { root, ctx } = fragment(`<img data-srcset="/s.jpg 320w, /l.jpg 1280w">`);
    fixLazyImages(root, ctx);
    const img = root.querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('/s.jpg 320w, /l.jpg 1280w');
    expect(img.getAttribute('src')).toBe('/l.jpg');
  });

  it('fills a <picture> img from its <source> data-srcset', () => {
    const { root, ctx } = fragment(`<picture><source type="image/webp" data-srcset="/p.webp 2x"><img src="/placeholder.gif"></picture>`);
    fixLazyImages(root, ctx);
    expect(root.querySelector('source')!.getAttribute('srcset')).toBe('/p.webp 2x');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('/p.webp');
  });

  it('replaces a placeholder with its <noscript> image (elements, as jsdom parses it)', () => {
    const { root, ctx } = fragment(`<p>x</p><img class="lazy" src="${GIF}"><noscript><img src="/real.jpg" alt="Real"></noscript>`);
    fixLazyImages(root, ctx);
    const imgs = root.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute('src')).toBe('/real.jpg');
    expect(root.querySelector('noscript')).toBeNull();
  });

  it('parses <noscript> raw text (as a scripting browser leaves it) without running anything', () => {
    const { root, ctx } = fragment(`<img src="${GIF}"><noscript></noscript>`);
    const ns = root.querySelector('noscript')!;
    ns.textContent = '<img src="/raw.jpg" alt="Raw" onerror="alert(1)"><script>alert(2)</script>';
    fixLazyImages(root, ctx);
    const imgs = root.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute('src')).toBe('/raw.jpg');
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).not.toContain('alert(2)');
  });

  it('drops 1x1 trackers and placeholders with no real source, keeps real images', () => {
    const { root, ctx } = fragment(`<img src="https://t.example.com/collect?id=1" width="1" height="1"><img src="${GIF}"><img src="/photo.jpg" width="640" height="480">`);
    fixLazyImages(root, ctx);
    const srcs = Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['/photo.jpg']);
    expect(ctx.removed.map((r) => r.reason)).toContain('tracking pixel');
  });

  it('a lazy image survives extractArticle with an absolute src', () => {
    const r = extractHtml(articlePage(`<p><img src="${GIF}" data-src="/media/flood-square.jpg" alt="Flooded square"></p>`));
    const img = parseContent(r.contentHtml).querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://news.example.org/media/flood-square.jpg');
    expect(img?.getAttribute('alt')).toBe('Flooded square');
    expect(r.contentHtml).not.toContain('data-src');
  });

  it('a <picture> and a <noscript> fallback survive extractArticle', () => {
    const r = extractHtml(articlePage(`<figure><picture><source type="image/webp" data-srcset="/media/a.webp 1x, /media/a@2x.webp 2x"><img class="lazyload" src="${GIF}" alt="Pumps"></picture><figcaption>Pumps at work</figcaption></figure>
<figure class="img-wrap"><img class="lazy" src="/img/placeholder.png" alt=""><noscript><img src="/media/bridge.jpg" alt="Bridge at dawn"></noscript></figure>`));
    const doc = parseContent(r.contentHtml);
    expect(doc.querySelector('picture source')?.getAttribute('srcset')).toBe('https://news.example.org/media/a.webp 1x, https://news.example.org/media/a@2x.webp 2x');
    expect(doc.querySelector('picture img')?.getAttribute('src')).toBe('https://news.example.org/media/a@2x.webp');
    const bridge = doc.querySelector('img[alt="Bridge at dawn"]');
    expect(bridge?.getAttribute('src')).toBe('https://news.example.org/media/bridge.jpg');
    expect(doc.querySelector('img[src*="placeholder"]')).toBeNull();
    expect(r.contentHtml).not.toMatch(/<noscript/i);
  });
});
