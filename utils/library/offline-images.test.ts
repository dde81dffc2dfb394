import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeCollected, findStored, bySrc, rewriteImages } from './offline-images';

const limits = { maxImages: 3, maxBytesPerImage: 8, maxBytesPerArticle: 10, timeoutMs: 1 };
const data = (type: string, bytes: number[]) => `data:${type};base64,${bytesToBase64(Uint8Array.from(bytes))}`;

describe('decodeCollected (what the tab sent, checked again)', () => {
  it('keeps well-formed raster pictures as blobs and reports the rest', async () => {
    const { images, report } = decodeCollected(
      {
        images: [
          { src: 'https://n.example/a.png', dataUrl: data('image/png', [1, 2, 3]) },
          { src: 'https://n.example/s.svg', dataUrl: data('image/svg+xml', [60]) },
          { src: 'javascript:alert(1)', dataUrl: data('image/png', [1]) },
          { src: 'https://n.example/big.jpg', dataUrl: data('image/jpeg', Array(9).fill(1)) },
          { src: 'https://n.example/b.jpg', dataUrl: data('image/jpeg', [4, 5, 6, 7, 8, 9]) },
          { src: 'https://n.example/c.jpg', dataUrl: data('image/jpeg', [1, 2]) },
          { src: 'https://n.example/d.gif', dataUrl: data('image/gif', [1]) },
          { src: 'https://n.example/e.gif', dataUrl: data('image/gif', [1]) },
        ],
        skipped: [{ src: 'https://cdn.example/x.jpg', reason: 'blocked' }, { nonsense: true }],
      },
      limits,
    );
    expect(images.map((i) => [i.src, i.blob.type, i.blob.size])).toEqual([
      ['https://n.example/a.png', 'image/png', 3],
      ['https://n.example/b.jpg', 'image/jpeg', 6],
      ['https://n.example/d.gif', 'image/gif', 1],
    ]);
    expect([...new Uint8Array(await images[0].blob.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(report.kept).toBe(3);
    expect(report.skipped.map((s) => `${s.reason} ${s.src}`)).toEqual([
      'blocked https://cdn.example/x.jpg',
      'unsupported-type https://n.example/s.svg',
      'too-large https://n.example/big.jpg',
      'article-budget https://n.example/c.jpg',
      'too-many https://n.example/e.gif',
    ]);
  });

  it('survives junk', () => {
    expect(decodeCollected(null).images).toEqual([]);
    expect(decodeCollected({ images: 'x', skipped: 5 }).report).toEqual({ kept: 0, skipped: [] });
  });

  it('base64 round-trips all byte values', () => {
    const all = Uint8Array.from({ length: 70000 }, (_, i) => i % 256);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
  });
});

describe('finding and rewriting stored pictures', () => {
  const stored = bySrc([{ src: 'https://n.example/img/a-2x.jpg', id: 'a' }, { src: 'https://cdn.example/b.jpg', id: 'b' }]);
  const doc = new DOMParser().parseFromString('<picture><source srcset="https://cdn.example/b.jpg 1x"><img src="/img/none.jpg"></picture><img src="x.jpg" srcset="x.jpg 1x, a-2x.jpg 2x">', 'text/html');

  it('matches an <img> by its src, srcset or <picture> sources, resolved against the article URL', () => {
    const [inPicture, plain] = Array.from(doc.querySelectorAll('img'));
    expect(findStored(inPicture, 'https://n.example/p/', stored)?.id).toBe('b');
    expect(findStored(plain, 'https://n.example/img/story', stored)?.id).toBe('a');
    expect(findStored(plain, 'https://other.example/img/story', stored)).toBeUndefined();
  });

  it('points stored pictures at a replacement and drops every network alternative', () => {
    const html = '<p>t</p><picture><source srcset="https://cdn.example/b.jpg"><img src="/no.jpg" alt="B"></picture><img src="/img/a-2x.jpg" sizes="50vw" srcset="/img/a-2x.jpg 2x"><img src="/img/a-2x.jpg"><img src="/keep.jpg">';
    const out = rewriteImages(html, 'https://n.example/s', stored, (img, n) => `local:${img.id}:${n}`);
    expect(out.used.map((u) => u.id)).toEqual(['b', 'a']);
    expect(out.html).toBe('<p>t</p><picture><img src="local:b:0" alt="B"></picture><img src="local:a:1"><img src="local:a:1"><img src="/keep.jpg">');
    expect(rewriteImages(html, 'https://n.example/s', stored, () => 'x', { dropOthers: true }).html).not.toContain('keep.jpg');
  });
});
