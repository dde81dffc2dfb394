import { describe, expect, it } from 'vitest';
import { authorsOf, findArticleNode, imageOf, parseJsonLdText, publisherName, readJsonLd, textOf } from './json-ld';

const docWith = (...scripts: string[]): Document => {
  const doc = document.implementation.createHTMLDocument('t');
  for (const s of scripts) {
    const el = doc.createElement('script');
    el.type = 'application/ld+json';
    el.textContent = s;
    doc.head.appendChild(el);
  }
  return doc;
};

const GRAPH = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', '@id': 'https://x.example/#site', name: 'Example News' },
    { '@type': 'Person', '@id': 'https://x.example/#jane', name: 'Jane Doe' },
    { '@type': 'NewsMediaOrganization', '@id': 'https://x.example/#org', name: 'Example News Ltd' },
    {
      '@type': ['NewsArticle'],
      '@id': 'https://x.example/story#article',
      headline: 'Budget passes',
      datePublished: '2026-02-15T18:31:00+05:30',
      author: [{ '@id': 'https://x.example/#jane' }, { '@type': 'Organization', name: 'PTI' }],
      publisher: { '@id': 'https://x.example/#org' },
      image: { '@type': 'ImageObject', url: 'https://x.example/a.jpg', caption: 'A bus', creditText: 'Reuters' },
    },
  ],
});

describe('readJsonLd', () => {
  it('flattens @graph and resolves @id references for authors and publisher', () => {
    const doc = docWith(GRAPH);
    const nodes = readJsonLd(doc);
    expect(nodes.length).toBe(4);
    const article = findArticleNode(nodes)!;
    expect(textOf(article.headline)).toBe('Budget passes');
    expect(authorsOf(article, nodes)).toEqual([
      { name: 'Jane Doe', organization: false },
      { name: 'PTI', organization: true },
    ]);
    expect(publisherName(article, nodes)).toBe('Example News Ltd');
    expect(imageOf(article, nodes)).toEqual({ url: 'https://x.example/a.jpg', caption: 'A bus', credit: 'Reuters' });
  });

  it('caches per document', () => {
    const doc = docWith(GRAPH);
    expect(readJsonLd(doc)).toBe(readJsonLd(doc));
  });

  it('skips malformed scripts without throwing and keeps the good ones', () => {
    const doc = docWith('{ "@type": "NewsArticle", "headline": ', '<<not json>>', '', JSON.stringify({ '@type': 'BlogPosting', headline: 'Good' }));
    const nodes = readJsonLd(doc);
    expect(nodes.map((n) => n.headline)).toEqual(['Good']);
  });

  it('prefers the article over other nodes, and a WebPage when there is no article', () => {
    const nodes = readJsonLd(
      docWith(JSON.stringify([{ '@type': 'BreadcrumbList', '@id': 'b' }, { '@type': 'http://schema.org/ReportageNewsArticle', headline: 'H' }])),
    );
    expect(findArticleNode(nodes)!.headline).toBe('H');
    const page = readJsonLd(docWith(JSON.stringify({ '@type': 'WebPage', name: 'P', mainEntity: { '@type': 'Article', headline: 'Inner' } })));
    expect(findArticleNode(page)!.headline).toBe('Inner');
    expect(findArticleNode(readJsonLd(docWith(JSON.stringify({ '@type': 'WebPage', name: 'P' }))))!.name).toBe('P');
  });
});

describe('parseJsonLdText', () => {
  it('repairs raw newlines in strings, trailing commas, comments, CDATA and concatenated objects', () => {
    expect(parseJsonLdText('{"headline": "line one\nline two", "a": [1,2,],}')).toEqual({ headline: 'line one line two', a: [1, 2] });
    expect(parseJsonLdText('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseJsonLdText('//<![CDATA[\n{"a": 1}\n//]]>')).toEqual({ a: 1 });
    expect(parseJsonLdText('{"a": 1}{"b": 2}')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseJsonLdText('{"a": 1};')).toEqual({ a: 1 });
    expect(parseJsonLdText('{nope')).toBeNull();
  });
});
