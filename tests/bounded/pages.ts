// Oversized and odd pages, generated in code (never committed): 200,000 elements, 10,000 levels
// of nesting, a 20 MB text node, 100,000 links, no <body>, a frameset, XHTML, shadow roots.
// Used by the bounded-work tests (tests/bounded/) and the stress benchmark (bench/stress.ts).
// The builders are in page-builders.ts (DOM calls only, so they also run in a browser).
import { JSDOM } from 'jsdom';
import {
  ARTICLE_MARK, article, articleParagraph, fillDeepNesting, fillDeepSidebars, fillHugeArticle, fillHugeText, fillManyElements, fillManyLinks,
} from './page-builders';

export { ARTICLE_MARK, articleParagraph, fingerprint } from './page-builders';

export const PAGE_URL = 'https://news.example/2026/11/29/library-vote';

export interface StressPage {
  name: string;
  /** What the page is, for the bench table. */
  what: string;
  /** A fresh document (extractors may change theirs: Readability does). */
  build: () => Document;
  /** Text that a sensible extraction still finds, when the article is there. */
  expectText?: string;
  /** Budget warning code expected in `result.warnings` (see lib/extract/budget.ts). */
  budget?: 'elements' | 'depth' | 'text';
}

function emptyDoc(title: string, contentType = 'text/html'): Document {
  const html = contentType === 'text/html'
    ? `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body></body></html>`
    : `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${title}</title></head><body></body></html>`;
  return new JSDOM(html, { url: PAGE_URL, contentType }).window.document;
}


const filled = (title: string, fill: (doc: Document) => void) => (): Document => {
  const doc = emptyDoc(title);
  fill(doc);
  return doc;
};

/** One huge article: `paragraphs` paragraphs (two elements each) straight under <article>. */
export function hugeArticle(paragraphs = 60_000): Document {
  return filled('Huge article', (doc) => fillHugeArticle(doc, paragraphs))();
}

/** No <body>: the article sits directly in <html>, as documents built by script can have. */
function noBody(): Document {
  const doc = emptyDoc('No body');
  doc.body!.remove();
  doc.documentElement.appendChild(article(doc));
  return doc;
}

/** A frameset page: no body, only frames (and a <noframes> fallback). */
function frameset(): Document {
  const html = `<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%">
    <frame src="https://news.example/left"><frame src="javascript:alert(1)">
    <noframes><p>${articleParagraph(0)}</p></noframes></frameset></html>`;
  return new JSDOM(html, { url: PAGE_URL }).window.document;
}

/** XHTML served as application/xhtml+xml (the XML parser, case-sensitive names, namespaces). */
function xhtml(): Document {
  const body = Array.from({ length: 12 }, (_, i) => `<p>${articleParagraph(i)}</p>`).join('');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:svg="http://www.w3.org/2000/svg" lang="en"><head><title>XHTML page</title></head>
<body><div class="nav"><a href="/">Home</a></div><article><h1>Council votes to fund the new river library</h1>${body}
<svg:svg width="10" height="10"><svg:circle r="4"/></svg:svg><p onclick="alert(1)">Handlers never survive.</p></article></body></html>`;
  return new JSDOM(xml, { url: PAGE_URL, contentType: 'application/xhtml+xml' }).window.document;
}

/** Text that lives only in shadow roots (never in the light DOM). */
export const SHADOW_ONLY = 'Shadow-only sentence that the reader does not show';

/**
 * Custom elements and shadow roots: the article is light DOM inside `<news-story>` (slotted),
 * another element keeps text only in an attached shadow root, and a declarative shadow root
 * (`<template shadowrootmode>`) holds more.
 */
function shadowRoots(): Document {
  const paras = Array.from({ length: 12 }, (_, i) => `<p>${articleParagraph(i)}</p>`).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><title>Shadow</title></head><body>
    <site-header><template shadowrootmode="open"><nav>${SHADOW_ONLY} (declarative).</nav></template></site-header>
    <news-story><h1 slot="title">Council votes to fund the new river library</h1>${paras}</news-story>
    <share-box></share-box></body></html>`;
  const doc = new JSDOM(html, { url: PAGE_URL }).window.document;
  const box = doc.querySelector('share-box')!;
  const shadow = box.attachShadow({ mode: 'open' });
  const p = doc.createElement('p');
  p.textContent = `${SHADOW_ONLY} (attached). ${articleParagraph(40)}`;
  shadow.appendChild(p);
  return doc;
}

export const STRESS_PAGES: StressPage[] = [
  { name: 'elements-200k', what: '200,000 elements, article in the middle', build: filled('Many elements', fillManyElements), expectText: ARTICLE_MARK, budget: 'elements' },
  { name: 'deep-10k', what: '10,000 nested divs, article at the bottom', build: filled('Deep nesting', fillDeepNesting), expectText: ARTICLE_MARK, budget: 'depth' },
  { name: 'deep-sidebars-10k', what: '10,000 nested levels, every other one a "sidebar" with a paragraph', build: filled('Deep sidebars', fillDeepSidebars), expectText: ARTICLE_MARK },
  { name: 'text-20mb', what: 'one 20 MB text node', build: filled('Huge text node', fillHugeText), expectText: 'The river rose, and the library stayed dry.', budget: 'text' },
  { name: 'article-120k', what: 'one article of 60,000 paragraphs (120,000 elements, 15 MB of text)', build: () => hugeArticle(), expectText: ARTICLE_MARK, budget: 'elements' },
  { name: 'links-100k', what: '100,000 links next to the article', build: filled('Many links', fillManyLinks), expectText: ARTICLE_MARK },
  { name: 'no-body', what: 'documentElement only, no <body>', build: noBody, expectText: ARTICLE_MARK },
  { name: 'frameset', what: '<frameset> page', build: frameset },
  { name: 'xhtml', what: 'application/xhtml+xml', build: xhtml, expectText: ARTICLE_MARK },
  { name: 'shadow-dom', what: 'custom elements, shadow roots', build: shadowRoots, expectText: ARTICLE_MARK },
];
