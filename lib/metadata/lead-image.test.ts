import { describe, expect, it } from 'vitest';
import { findLeadImage, imageKey, isCaptionCredit, mayHaveKey, splitCaption } from './lead-image';

const page = (body: string, url = 'https://news.example/tech/story.html'): Document => {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head><base href="${url}"></head><body>${body}</body></html>`, 'text/html');
  return doc;
};

describe('splitCaption', () => {
  it('splits caption and credit in Hindi and English forms', () => {
    expect(splitCaption('Tiktok - फोटो : अमर उजाला')).toEqual({ caption: 'Tiktok', credit: 'अमर उजाला' });
    expect(splitCaption('Photo: Reuters')).toEqual({ caption: '', credit: 'Reuters' });
    expect(splitCaption('A bus in Delhi (Image credit: Getty Images)')).toEqual({ caption: 'A bus in Delhi', credit: 'Getty Images' });
    expect(splitCaption('A bus in Delhi. Photo by Jane Doe/AP')).toEqual({ caption: 'A bus in Delhi', credit: 'Jane Doe/AP' });
    expect(splitCaption('दिल्ली में बस चित्र: साभार सोशल मीडिया')).toEqual({ caption: 'दिल्ली में बस', credit: 'सोशल मीडिया' });
    expect(splitCaption('Voters queue in Patna (PTI)')).toEqual({ caption: 'Voters queue in Patna', credit: 'PTI' });
  });
  it('leaves a plain caption alone', () => {
    expect(splitCaption('Photo of the new bus depot, which opened on Monday')).toEqual({
      caption: 'Photo of the new bus depot, which opened on Monday',
      credit: '',
    });
    expect(splitCaption('Voters queue in Patna (file)')).toEqual({ caption: 'Voters queue in Patna (file)', credit: '' });
  });
});

describe('findLeadImage', () => {
  it('makes the og:image absolute and reads the caption of the matching figure', () => {
    const doc = page(`<article><h1>T</h1><figure><img src="https://img.example/2026/02/15/tiktok_abc123.jpeg?w=414&q=80" alt="टिकटॉक">
      <figcaption>Tiktok - फोटो : अमर उजाला</figcaption></figure></article>`);
    expect(findLeadImage(doc, 'https://news.example/tech/story.html', { sources: ['https://img.example/2026/02/15/tiktok_abc123.jpeg'] })).toEqual({
      src: 'https://img.example/2026/02/15/tiktok_abc123.jpeg',
      alt: 'टिकटॉक',
      caption: 'Tiktok',
      credit: 'अमर उजाला',
    });
  });
  it('reads a separate credit element and resolves relative URLs', () => {
    const doc = page(`<main><figure><img data-src="/img/bus-depot-1200x630.jpg" alt="">
      <figcaption>The new depot <span class="image-credit">Photo: Jane Doe</span></figcaption></figure></main>`);
    expect(findLeadImage(doc, 'https://news.example/tech/story.html', { sources: ['/img/bus-depot.jpg'], alt: 'Depot' })).toEqual({
      src: 'https://news.example/img/bus-depot.jpg',
      alt: 'Depot',
      caption: 'The new depot',
      credit: 'Jane Doe',
    });
  });
  it('does not throw on image addresses with malformed percent escapes', () => {
    const doc = page('<figure><img src="/img/bus%zz.jpg"><figcaption>A bus</figcaption></figure>');
    expect(findLeadImage(doc, 'https://news.example/a', { sources: ['https://cdn.example/bus%zz.jpg'] })?.caption).toBe('A bus');
    expect(findLeadImage(doc, 'https://news.example/a', { sources: ['https://cdn.example/car%E0%A4.jpg'] })?.caption).toBe('');
  });
  it('falls back to JSON-LD caption, skips a logo placeholder and returns null without images', () => {
    const doc = page('<p>No figure</p>');
    expect(findLeadImage(doc, 'https://news.example/a', { sources: ['https://cdn.example/site-logo.png', 'https://cdn.example/photo.jpg'], caption: 'C', credit: 'R' })).toEqual({
      src: 'https://cdn.example/photo.jpg',
      alt: '',
      caption: 'C',
      credit: 'R',
    });
    expect(findLeadImage(doc, 'https://news.example/a', { sources: [] })).toBeNull();
    expect(findLeadImage(doc, 'https://news.example/a', { sources: ['javascript:alert(1)'] })).toBeNull();
  });
});

describe('mayHaveKey (the test before an image source is parsed)', () => {
  const hits = (s: string, key: string) => {
    const k = imageKey(s);
    return k === key || (k.length >= 8 && key.length >= 8 && (k.startsWith(key) || key.startsWith(k)));
  };
  it('never turns away a source whose key matches', () => {
    const pieces = ['/', 'https://', 'http://img.example', '//cdn.example', '?', '#', '\\', '.', '..', '%20', '%', 'Photo', 'photo', 'Hero-Image', '_1200x', '-small', '.JPG', '.webp', ' ', '\t', 'é', 'Σ', '%C3%A9', 'a', 'B', '7', '-', '@2x'];
    let seed = 2718;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    const make = () => {
      let s = '';
      for (let len = 1 + rand(8); len > 0; len--) s += pieces[rand(pieces.length)];
      return s;
    };
    let checked = 0;
    for (let k = 0; k < 20000; k++) {
      const src = make();
      // Keys of real sources, and of sources made alike: matches and near misses both.
      const key = imageKey(rand(2) ? src : make());
      if (key.length < 3) continue;
      checked++;
      if (hits(src, key)) expect(mayHaveKey(src, key.slice(0, 8)), JSON.stringify([src, key])).toBe(true);
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('isCaptionCredit', () => {
  it('takes what the credit selector query takes', () => {
    const SELECTOR = '[class*="credit" i], [class*="copyright" i], [itemprop="copyrightHolder"], [itemprop="creditText"], cite, small';
    const pieces = ['<span class="Photo-CREDIT">a</span>', '<span class="copyRight x">b</span>', '<span class="cred it">c</span>', '<span itemprop="copyrightHolder">d</span>',
      '<span itemprop="creditText other">e</span>', '<span itemprop="creditText">f</span>', '<cite>g</cite>', '<SMALL>h</SMALL>', '<span class="">i</span>', '<b>j</b>',
      '<svg><small>k</small><text class="credit">l</text></svg>', '<span class="crédit">m</span>', '<span class="\u0130credit">n</span>', '<span data-class="credit">o</span>'];
    let seed = 9;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 60; k++) {
      const build = (depth: number): string => {
        let out = '';
        for (let i = rand(4); i >= 0; i--) out += depth < 3 && rand(2) ? `<div>${build(depth + 1)}</div>` : pieces[rand(pieces.length)];
        return out;
      };
      const doc = new DOMParser().parseFromString(`<figure>${build(0)}</figure>`, 'text/html');
      for (const el of [doc.body, ...Array.from(doc.body.querySelectorAll('*'))]) {
        let first: Element | null = null;
        const w = doc.createTreeWalker(el, 1);
        for (let n = w.nextNode() as Element | null; n && !first; n = w.nextNode() as Element | null) if (isCaptionCredit(n)) first = n;
        expect(first).toBe(el.querySelector(SELECTOR));
      }
    }
  });
});
