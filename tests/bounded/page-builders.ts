// Builders of the oversized pages, on any Document with a <body> (jsdom in the tests and the
// stress benchmark, the live page in Chromium in tests/e2e/bounded.test.ts): DOM calls only.
//
// jsdom walks every ancestor on each insertion (and recurses once per level when a subtree is
// attached), so deep trees are built in detached chunks, bottom-up, rather than parsed from a
// string: 10,000 levels take about a second this way and about 40 s through jsdom's parser.

/** Sentences of the article every page hides somewhere; each paragraph is different. */
const CLAUSES = [
  'The council met on Tuesday evening',
  'and after a long debate about the budget',
  'it voted to fund the new library by the river',
  'which will open next year with a reading room for children',
  'while residents who spoke at the meeting asked for longer opening hours',
  'and the mayor promised a public consultation before the summer',
];

/** Paragraph `i` of the article: distinct text, punctuated like prose. */
export function articleParagraph(i: number): string {
  const a = CLAUSES[i % CLAUSES.length];
  const b = CLAUSES[(i + 2) % CLAUSES.length];
  const c = CLAUSES[(i + 4) % CLAUSES.length];
  return `Paragraph ${i + 1} of the report. ${a}, ${b}, ${c}. Officials said the plan, number ${1000 + i * 7}, was final.`;
}

/** A phrase from the article that extraction must find. */
export const ARTICLE_MARK = 'Paragraph 3 of the report.';

export function el(doc: Document, tag: string, text?: string, attrs: Record<string, string> = {}): Element {
  const e = doc.createElementNS('http://www.w3.org/1999/xhtml', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.appendChild(doc.createTextNode(text));
  return e;
}

/** `<article>` with a headline and `n` paragraphs. */
export function article(doc: Document, n = 12): Element {
  const a = el(doc, 'article');
  a.appendChild(el(doc, 'h1', 'Council votes to fund the new river library'));
  for (let i = 0; i < n; i++) a.appendChild(el(doc, 'p', articleParagraph(i)));
  return a;
}

/** A grid of teaser cards, four elements each (div > a, span, i). */
function cards(doc: Document, count: number, from: number): DocumentFragment {
  const frag = doc.createDocumentFragment();
  for (let i = from; i < from + count; i++) {
    const card = el(doc, 'div', undefined, { class: 'card' });
    card.appendChild(el(doc, 'a', `Story ${i}`, { href: `/story/${i}` }));
    card.appendChild(el(doc, 'span', 'tag'));
    card.appendChild(el(doc, 'i'));
    frag.appendChild(card);
  }
  return frag;
}

/** 200,000 elements: 50,000 teaser cards with the article in the middle. */
export function fillManyElements(doc: Document, total = 200_000): void {
  const half = Math.floor(total / 8);
  const before = el(doc, 'div', undefined, { class: 'grid' });
  before.appendChild(cards(doc, half, 0));
  const after = el(doc, 'div', undefined, { class: 'grid' });
  after.appendChild(cards(doc, half, half));
  doc.body!.append(before, article(doc), after);
}

/** `depth` nested divs with the article at the bottom and a line of text every 500 levels. */
export function fillDeepNesting(doc: Document, depth = 10_000): void {
  const CHUNK = 1000;
  let attachTo: Element = doc.body!;
  for (let done = 0; done < depth; done += CHUNK) {
    // Bottom-up inside a detached chunk: each insertion walks no ancestors.
    let top: Element | null = null;
    let leaf: Element | null = null;
    for (let i = Math.min(CHUNK, depth - done) - 1; i >= 0; i--) {
      const d = el(doc, 'div');
      if ((done + i) % 500 === 0) d.appendChild(el(doc, 'span', `Level ${done + i}.`));
      if (top) d.appendChild(top);
      else leaf = d;
      top = d;
    }
    attachTo.appendChild(top!);
    attachTo = leaf!;
  }
  attachTo.appendChild(article(doc));
}

/**
 * `depth` nested levels, every other one named like a sidebar widget and each with a paragraph of
 * filler, next to the article: every named level is a removal candidate whose text mass the noise
 * guard must weigh. Built in detached chunks, as fillDeepNesting.
 */
export function fillDeepSidebars(doc: Document, depth = 10_000): void {
  const CHUNK = 1000;
  const chain = el(doc, 'div');
  doc.body!.append(article(doc), chain);
  let attachTo: Element = chain;
  for (let done = 0; done < depth; done += CHUNK) {
    let top: Element | null = null;
    let leaf: Element | null = null;
    for (let i = Math.min(CHUNK, depth - done) - 1; i >= 0; i--) {
      const d = el(doc, 'div', undefined, (done + i) % 2 ? { class: 'sidebar-widget related' } : {});
      d.appendChild(el(doc, 'p', 'Filler paragraph, with commas, that reads a little like prose.'));
      if (top) d.appendChild(top);
      else leaf = d;
      top = d;
    }
    attachTo.appendChild(top!);
    attachTo = leaf!;
  }
}

/** One text node of `chars` characters inside an article paragraph. */
export function fillHugeText(doc: Document, chars = 20 * 1024 * 1024): void {
  const a = el(doc, 'article');
  a.appendChild(el(doc, 'h1', 'Council votes to fund the new river library'));
  a.appendChild(el(doc, 'p', articleParagraph(0)));
  const unit = 'The river rose, and the library stayed dry. ';
  a.appendChild(el(doc, 'p', unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars)));
  doc.body!.appendChild(a);
}

/** 100,000 links in link lists around the article (about 100,000 elements). */
export function fillManyLinks(doc: Document, count = 100_000): void {
  const nav = el(doc, 'div', undefined, { class: 'links' });
  const frag = doc.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    frag.appendChild(el(doc, 'a', `Link ${i}`, { href: `https://news.example/l/${i}` }));
    frag.appendChild(doc.createTextNode(' · '));
  }
  nav.appendChild(frag);
  doc.body!.append(article(doc), nav);
}

/** One huge article: `paragraphs` paragraphs (two elements each) straight under <article>. */
export function fillHugeArticle(doc: Document, paragraphs = 60_000): void {
  const a = el(doc, 'article');
  const frag = doc.createDocumentFragment();
  for (let i = 0; i < paragraphs; i++) {
    const p = el(doc, 'p', `${articleParagraph(i)} `);
    p.appendChild(el(doc, 'b', 'More.'));
    frag.appendChild(p);
  }
  a.appendChild(frag);
  doc.body!.appendChild(a);
}

/**
 * What the live document looks like, cheaply: node, element, attribute and text counts and a
 * rolling hash of names and text. Extraction must leave it exactly as it was.
 */
export function fingerprint(doc: Document): string {
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  let nodes = 0;
  let attrs = 0;
  let chars = 0;
  let hash = 0;
  const mix = (s: string): void => {
    // Long texts are hashed by their length and ends, enough to see a change.
    const sample = s.length > 64 ? `${s.slice(0, 32)}${s.length}${s.slice(-32)}` : s;
    for (let i = 0; i < sample.length; i++) hash = (Math.imul(hash, 31) + sample.charCodeAt(i)) | 0;
  };
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    nodes++;
    if (n.nodeType === 1) {
      const e = n as Element;
      mix(e.localName);
      attrs += e.attributes.length;
      for (let i = 0; i < e.attributes.length; i++) mix(e.attributes[i].value);
    } else if (n.nodeType === 3) {
      chars += (n as Text).data.length;
      mix((n as Text).data);
    }
  }
  return `${nodes}/${attrs}/${chars}/${hash}`;
}
