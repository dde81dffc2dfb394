import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectImagesInPage, IMAGE_LIMITS, type ImageLimits } from './collect-images';

const BASE = 'https://news.example/a/story';

/** A fake network: path → [status, content-type, bytes]. */
function serve(routes: Record<string, [number, string, number] | 'hang' | 'cors'>) {
  const seen: string[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    seen.push(url);
    const r = routes[new URL(url).href];
    if (!r) return Promise.resolve(new Response('nope', { status: 404, headers: { 'content-type': 'text/plain' } }));
    if (r === 'cors') return Promise.reject(new TypeError('Failed to fetch'));
    if (r === 'hang') return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const [status, type, n] = r;
    return Promise.resolve(new Response(new Uint8Array(n).fill(7), { status, headers: { 'content-type': type } }));
  });
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

const limits: ImageLimits = { ...IMAGE_LIMITS, timeoutMs: 50 };

describe('collectImagesInPage', () => {
  it('fetches the lead image and body pictures (srcset: largest candidate up to 1600w) once each', async () => {
    const seen = serve({
      'https://news.example/lead.jpg': [200, 'image/jpeg', 10],
      'https://news.example/b-1200.jpg': [200, 'image/jpeg; charset=binary', 20],
      'https://cdn.example/c.png': [200, 'image/png', 5],
    });
    const html = '<p>t</p><img src="/b-400.jpg" srcset="/b-400.jpg 400w, /b-1200.jpg 1200w, /b-3000.jpg 3000w"><img src="https://cdn.example/c.png"><img src="/lead.jpg"><img src="data:image/png;base64,AAAA">';
    const out = await collectImagesInPage(html, BASE, '/lead.jpg', limits);
    expect(seen).toEqual(['https://news.example/lead.jpg', 'https://news.example/b-1200.jpg', 'https://cdn.example/c.png']);
    expect(out.images.map((i) => [i.src, i.dataUrl.split(',')[0]])).toEqual([
      ['https://news.example/lead.jpg', 'data:image/jpeg;base64'],
      ['https://news.example/b-1200.jpg', 'data:image/jpeg;base64'],
      ['https://cdn.example/c.png', 'data:image/png;base64'],
    ]);
    expect(atob(out.images[2].dataUrl.split(',')[1])).toBe('\x07'.repeat(5));
    expect(out.skipped).toEqual([]);
  });

  it('skips and reports: not an image, HTTP errors, blocked (no CORS), timeouts, too large, over budget, too many', async () => {
    serve({
      'https://news.example/page.html': [200, 'text/html', 10],
      'https://news.example/big.jpg': [200, 'image/jpeg', 300],
      'https://news.example/ok1.jpg': [200, 'image/jpeg', 150],
      'https://news.example/ok2.jpg': [200, 'image/jpeg', 150],
      'https://cdn.example/x.jpg': 'cors',
      'https://slow.example/s.jpg': 'hang',
      'https://news.example/ok3.jpg': [200, 'image/jpeg', 1],
    });
    const imgs = ['/page.html', '/missing.jpg', 'https://cdn.example/x.jpg', 'https://slow.example/s.jpg', '/big.jpg', '/ok1.jpg', '/ok2.jpg', '/ok3.jpg', 'javascript:alert(1)'];
    const out = await collectImagesInPage(imgs.map((s) => `<img src="${s}">`).join(''), BASE, '', { maxImages: 7, maxBytesPerImage: 200, maxBytesPerArticle: 200, timeoutMs: 50 });
    expect(out.images.map((i) => i.src)).toEqual(['https://news.example/ok1.jpg']);
    expect(out.skipped.map((s) => `${s.reason} ${s.src}`)).toEqual([
      'bad-url javascript:alert(1)',
      'not-an-image https://news.example/page.html',
      'http-error https://news.example/missing.jpg',
      'blocked https://cdn.example/x.jpg',
      'timeout https://slow.example/s.jpg',
      'too-large https://news.example/big.jpg',
      'article-budget https://news.example/ok2.jpg',
      'too-many https://news.example/ok3.jpg',
    ]);
  });

  it('is self-contained, so executeScript can serialize it', () => {
    // Rebuilt from its source text alone, it must still run: no references to module scope.
    const rebuilt = new Function(`return (${collectImagesInPage.toString()})`)() as typeof collectImagesInPage;
    serve({ 'https://news.example/a.png': [200, 'image/png', 3] });
    return expect(rebuilt('<img src="/a.png">', BASE, '', limits)).resolves.toMatchObject({ images: [{ src: 'https://news.example/a.png' }] });
  });
});
