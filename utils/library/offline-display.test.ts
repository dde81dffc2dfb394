import { describe, expect, it } from 'vitest';
import { offlineResult, PLACEHOLDER_PREFIX, swapInStoredImages } from './offline-display';
import { insertSanitizedHtml } from '../insert-html';
import { sampleResult } from './testing';
import type { LibraryImage } from './types';

const img = (id: string, src: string): LibraryImage => ({ id, articleId: 'a', src, blob: new Blob([id], { type: 'image/png' }) });

describe('offline reader: stored pictures', () => {
  it('renders stored pictures through the sanitizer with no network address, then swaps in object URLs', () => {
    const result = sampleResult({
      url: 'https://news.example/a/s',
      leadImage: { src: '/img/lead.jpg', alt: 'Lead', caption: 'Hall <b>', credit: 'Photo: A.' },
      contentHtml: '<p>One</p><img src="/img/b.jpg" srcset="/img/b.jpg 1x, /img/b2.jpg 2x" alt="B"><img src="https://cdn.example/remote.jpg">',
    });
    const stored = [img('lead', 'https://news.example/img/lead.jpg'), img('b', 'https://news.example/img/b2.jpg')];
    const view = offlineResult(result, stored);
    // The header's lead figure would load from the network: the stored lead moves into the body.
    expect(view.result.leadImage).toBeNull();
    expect(view.used.map((u) => u.id)).toEqual(['lead', 'b']);

    const root = document.createElement('div');
    insertSanitizedHtml(root, view.result.contentHtml);
    const srcs = Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src')!);
    // Both stored pictures survived sanitizing as placeholders; nothing points at news.example.
    expect(srcs.filter((s) => s.startsWith(PLACEHOLDER_PREFIX))).toHaveLength(2);
    expect(srcs.filter((s) => s.includes('news.example'))).toEqual([]);
    expect(srcs).toContain('https://cdn.example/remote.jpg');
    expect(root.querySelector('figcaption')!.textContent).toBe('Hall <b> · Photo: A.');
    expect(root.querySelector('figcaption b')).toBeNull();

    const made: Blob[] = [];
    const cache = new Map<number, string>();
    const urls = swapInStoredImages(root, view.used, cache, (b) => (made.push(b), `blob:x/${made.length}`));
    expect(urls).toEqual(['blob:x/1', 'blob:x/2']);
    expect(made).toEqual([stored[0], stored[1]].map((s) => s.blob));
    const after = Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(after).toEqual(['blob:x/1', 'blob:x/2', 'https://cdn.example/remote.jpg']);
    // The body inserted again (settings change): the same URLs are reused, none made twice.
    insertSanitizedHtml(root, view.result.contentHtml);
    expect(swapInStoredImages(root, view.used, cache, (b) => (made.push(b), 'blob:new'))).toEqual(['blob:x/1', 'blob:x/2']);
    expect(made).toHaveLength(2);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('blob:x/1');
  });

  it('keeps the header lead when it is not stored, and the body untouched without pictures', () => {
    const result = sampleResult();
    expect(offlineResult(result, []).result).toBe(result);
    const view = offlineResult(result, [img('x', 'https://elsewhere.example/x.png')]);
    expect(view.result.leadImage).toEqual(result.leadImage);
    expect(view.used).toEqual([]);
  });

  it('does not add a second copy when the body already shows the stored lead', () => {
    const result = sampleResult({ url: 'https://n.example/s', leadImage: { src: 'https://n.example/l.jpg', alt: '', caption: '', credit: '' }, contentHtml: '<figure><img src="/l.jpg"></figure><p>t</p>' });
    const view = offlineResult(result, [img('l', 'https://n.example/l.jpg')]);
    expect(view.result.leadImage).toBeNull();
    expect(view.result.contentHtml.match(/<img/g)).toHaveLength(1);
  });
});
