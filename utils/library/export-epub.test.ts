import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { articlesToEpub, bodyToXhtml } from './export-epub';
import { sampleResult } from './testing';
import type { LibraryArticle } from './types';

function art(i: number, over: Partial<LibraryArticle> = {}): LibraryArticle {
  return {
    id: `id${i}`, url: `https://n.example/${i}?a=1&b=2`, canonicalUrl: `https://n.example/${i}`, title: `Story ${i} & <more>`, siteName: 'N', byline: 'Asha',
    savedAt: 0, updatedAt: 0, readingMinutes: 1, summary: 'Sum', status: 'unread', favourite: 0, tags: [], readingPosition: 0,
    result: sampleResult(), lang: 'en', ...over,
  };
}
const hindi = art(2, {
  title: 'संसद में बजट',
  lang: 'hi',
  result: sampleResult({ lang: 'hi', contentHtml: '<p>किसानों के लिए<br>नई योजना&nbsp;आई।</p><figure><img src="https://x/y.jpg" alt=""><figcaption>फोटो: संसद</figcaption></figure><figure><img src="https://x/z.jpg"></figure>' }),
});

const wellFormed = (text: string, type: DOMParserSupportedType) => new DOMParser().parseFromString(text, type).getElementsByTagName('parsererror').length === 0;

describe('EPUB export', () => {
  it('turns HTML bodies into well-formed XHTML without pictures', () => {
    const x = bodyToXhtml(hindi.result!.contentHtml);
    expect(x).toContain('<br />');
    expect(x).not.toMatch(/<img/);
    expect(x).toContain('<figcaption>फोटो: संसद</figcaption>');
    expect(x.match(/<figure>/g)).toHaveLength(1);
    expect(wellFormed(`<div xmlns="http://www.w3.org/1999/xhtml">${x}</div>`, 'application/xml')).toBe(true);
  });

  it('builds a valid EPUB 3 container: stored mimetype first, package, nav and one chapter per article', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const bytes = articlesToEpub([art(1), hindi], { title: 'My library', id: 'urn:uuid:1234', now });
    // Local header of the first entry: name "mimetype", method 0 (stored), then the content itself.
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(bytes[8] | (bytes[9] << 8)).toBe(0);
    expect(strFromU8(bytes.subarray(38, 58))).toBe('application/epub+zip');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/nav.xhtml', 'OEBPS/style.css', 'OEBPS/a0001.xhtml', 'OEBPS/a0002.xhtml']);
    const opf = strFromU8(files['OEBPS/content.opf']);
    expect(wellFormed(opf, 'application/xml')).toBe(true);
    expect(opf).toContain('<dc:identifier id="book-id">urn:uuid:1234</dc:identifier>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-28T12:00:00Z</meta>');
    expect(opf.match(/<itemref /g)).toHaveLength(2);
    for (const name of ['OEBPS/nav.xhtml', 'OEBPS/a0001.xhtml', 'OEBPS/a0002.xhtml']) {
      expect(wellFormed(strFromU8(files[name]), 'application/xhtml+xml'), name).toBe(true);
    }
    const ch1 = strFromU8(files['OEBPS/a0001.xhtml']);
    expect(ch1).toContain('<h1>Story 1 &amp; &lt;more&gt;</h1>');
    expect(ch1).toContain('href="https://n.example/1?a=1&amp;b=2"');
    const ch2 = strFromU8(files['OEBPS/a0002.xhtml']);
    expect(ch2).toContain('xml:lang="hi"');
    expect(ch2).toContain('किसानों के लिए');
  });

  it('puts stored pictures in the book as manifest items and points the chapters at them', () => {
    const png = 'iVBORw0KGgo='; // bytes are opaque to the export
    const withPics = art(3, {
      result: sampleResult({
        url: 'https://n.example/3',
        contentHtml: '<p>Text</p><figure><picture><source srcset="/big.webp 2x"><img src="/y.jpg" srcset="/y.jpg 1x, /y2.jpg 2x" alt="Y"></picture><figcaption>Cap</figcaption></figure><p><img src="https://other.example/not-stored.png"></p><img src="https://n.example/y.jpg">',
      }),
    });
    const images = [
      { id: 'p1', articleId: 'id3', src: 'https://n.example/y2.jpg', type: 'image/jpeg', data: png },
      { id: 'p2', articleId: 'id3', src: 'https://n.example/unused.gif', type: 'image/gif', data: png },
      { id: 'p3', articleId: 'other', src: 'https://n.example/y.jpg', type: 'image/png', data: png },
    ];
    const files = unzipSync(articlesToEpub([withPics], { images, now: new Date('2026-01-01T00:00:00Z') }));
    // One picture used (twice); the unused one and other articles' are not in the book.
    expect(Object.keys(files).filter((k) => k.includes('images/'))).toEqual(['OEBPS/images/i0001.jpg']);
    expect(files['OEBPS/images/i0001.jpg']).toEqual(Uint8Array.from(atob(png), (c) => c.charCodeAt(0)));
    const opf = strFromU8(files['OEBPS/content.opf']);
    expect(opf).toContain('<item id="img1" href="images/i0001.jpg" media-type="image/jpeg"/>');
    const ch = strFromU8(files['OEBPS/a0001.xhtml']);
    expect(wellFormed(ch, 'application/xhtml+xml')).toBe(true);
    expect(ch.match(/<img [^>]*src="images\/i0001.jpg"/g)).toHaveLength(1);
    expect(ch).not.toMatch(/srcset|<source|<picture|not-stored/);
    expect(ch).toContain('<figcaption>Cap</figcaption>');
  });
});
