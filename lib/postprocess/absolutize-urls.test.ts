import { describe, expect, it } from 'vitest';
import { absolutizeUrls } from './absolutize-urls';
import { articlePage, extractHtml, fragment, parseContent, PAGE_URL } from './test-page';

describe('absolutizeUrls', () => {
  it('resolves href, src, srcset, poster and cite against the page URL', () => {
    const { root, ctx } = fragment(`<a href="../x">x</a><img src="i.jpg" srcset="a.jpg 1x, /b.jpg 2x"><video poster="p.jpg" src="//cdn.example.net/v.mp4"></video><blockquote cite="/q">q</blockquote>`);
    absolutizeUrls(root, ctx);
    expect(root.querySelector('a')!.getAttribute('href')).toBe(new URL('../x', PAGE_URL).href);
    expect(root.querySelector('img')!.getAttribute('src')).toBe(new URL('i.jpg', PAGE_URL).href);
    expect(root.querySelector('img')!.getAttribute('srcset')).toBe(`${new URL('a.jpg', PAGE_URL).href} 1x, https://news.example.org/b.jpg 2x`);
    expect(root.querySelector('video')!.getAttribute('poster')).toBe(new URL('p.jpg', PAGE_URL).href);
    expect(root.querySelector('video')!.getAttribute('src')).toBe('https://cdn.example.net/v.mp4');
    expect(root.querySelector('blockquote')!.getAttribute('cite')).toBe('https://news.example.org/q');
  });

  it('drops javascript: links but keeps their text', () => {
    const { root, ctx } = fragment(`<p>Read <a href=" JaVa&#x0A;Script:alert(1)">the report</a> now</p>`);
    absolutizeUrls(root, ctx);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('Read the report now');
  });

  it('resolves the images of a link it unwraps or drops (found in the same walk as the links)', () => {
    const { root, ctx } = fragment(`<p><a href="javascript:void(0)"><img src="a.jpg" srcset="b.jpg 2x"></a><a href="#"><video poster="p.jpg"></video></a><map><area href="javascript:x()"></map><q cite="/c">q</q></p>`);
    absolutizeUrls(root, ctx);
    expect(root.querySelector('a, area')).toBeNull();
    expect(root.querySelector('p > img')!.getAttribute('src')).toBe(new URL('a.jpg', PAGE_URL).href);
    expect(root.querySelector('p > img')!.getAttribute('srcset')).toBe(`${new URL('b.jpg', PAGE_URL).href} 2x`);
    expect(root.querySelector('p > video')!.getAttribute('poster')).toBe(new URL('p.jpg', PAGE_URL).href);
    expect(root.querySelector('q')!.getAttribute('cite')).toBe('https://news.example.org/c');
  });

  it('keeps in-article fragments, points others at the page', () => {
    const { root, ctx } = fragment(`<a href="#n1">1</a><a href="#comments">c</a><a href="${PAGE_URL}#n1">same</a><p id="n1">note</p>`);
    absolutizeUrls(root, ctx);
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#n1', `${PAGE_URL}#comments`, '#n1']);
  });

  it('relative links come out absolute from extractArticle', () => {
    const r = extractHtml(articlePage(`<p>The council compared the damage with <a href="/world/earlier-floods">earlier floods</a> and published <a href="javascript:void(0)">the gauge readings</a> for every district along the river.</p>`));
    const doc = parseContent(r.contentHtml);
    const a = Array.from(doc.querySelectorAll('a')).find((x) => x.textContent === 'earlier floods');
    expect(a?.getAttribute('href')).toBe('https://news.example.org/world/earlier-floods');
    expect(r.contentHtml).not.toMatch(/javascript:/i);
    expect(r.textContent).toContain('with earlier floods and published the gauge readings for every district');
  });
});

describe('absolutizeUrls without a web address', () => {
  it('leaves relative URLs relative and still drops script links', () => {
    const { root, ctx } = fragment(`<a href="/a">a</a><img src="b.jpg"><a href="//cdn.example.net/x">c</a><a href="javascript:x()">d</a>`, 'about:blank');
    absolutizeUrls(root, ctx);
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['/a', 'https://cdn.example.net/x']);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('b.jpg');
    expect(root.textContent).toBe('acd');
  });
});

describe('absolutizeUrls with a <base> in the working document', () => {
  it('resolves against the document base when it is a web address', () => {
    const { root, ctx } = fragment(`<a href="x">x</a>`);
    const base = root.ownerDocument.createElement('base');
    base.setAttribute('href', 'https://cdn.example.net/docs/');
    root.ownerDocument.head.append(base);
    absolutizeUrls(root, ctx);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://cdn.example.net/docs/x');
  });
});

describe('absolutizeUrls through extractArticle', () => {
  it("resolves the article's links against the page's <base>, else the page URL", () => {
    const inner = '<p>The full <a href="report/flood.pdf">engineering report</a> on the embankments is online.</p>';
    const based = extractHtml(articlePage(inner, { head: '<base href="https://cdn.example.net/docs/">' }));
    expect(parseContent(based.contentHtml).querySelector('a')!.getAttribute('href')).toBe('https://cdn.example.net/docs/report/flood.pdf');
    const plain = extractHtml(articlePage(inner));
    expect(parseContent(plain.contentHtml).querySelector('a')!.getAttribute('href')).toBe(new URL('report/flood.pdf', PAGE_URL).href);
  });
});
