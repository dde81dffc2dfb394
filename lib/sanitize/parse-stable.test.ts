import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mendParseNesting } from './parse-stable';

/** A tree built by DOM calls (as extraction's copy is), not by the parser. */
function build(make: (doc: Document) => Element): { holder: Element; doc: Document } {
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  const holder = doc.createElement('div');
  holder.appendChild(make(doc));
  return { holder, doc };
}
const el = (doc: Document, tag: string, ...kids: Array<Node | string>): Element => {
  const e = doc.createElement(tag);
  for (const k of kids) e.append(k);
  return e;
};
/** What the HTML of `holder` parses back to. */
const reparsed = (doc: Document, holder: Element): string => {
  const t = doc.createElement('div');
  t.innerHTML = holder.innerHTML;
  return t.innerHTML;
};

describe('mendParseNesting', () => {
  it('turns a <p> holding a block (directly or through inline elements) into a <div>, keeping its attributes', () => {
    const { holder, doc } = build((d) => el(d, 'p', el(d, 'span', el(d, 'div', 'flood')), el(d, 'p', 'river')));
    (holder.firstElementChild as Element).setAttribute('lang', 'en');
    expect(mendParseNesting(holder)).toBe(true);
    expect(holder.innerHTML).toBe('<div lang="en"><span><div>flood</div></span><p>river</p></div>');
    expect(reparsed(doc, holder)).toBe(holder.innerHTML);
  });

  it('leaves a <p> alone when the block sits in a table cell or the <p> holds only phrasing content', () => {
    const { holder } = build((d) => el(d, 'div', el(d, 'p', el(d, 'b', 'river')), el(d, 'table', el(d, 'tbody', el(d, 'tr', el(d, 'td', el(d, 'p', 'x')))))));
    const before = holder.innerHTML;
    expect(mendParseNesting(holder)).toBe(true);
    expect(holder.innerHTML).toBe(before);
  });

  it('reports list items inside their kin and headings inside headings as not mendable in place', () => {
    expect(mendParseNesting(build((d) => el(d, 'ul', el(d, 'li', el(d, 'div', el(d, 'li', 'x'))))).holder)).toBe(false);
    expect(mendParseNesting(build((d) => el(d, 'dl', el(d, 'dd', el(d, 'dt', 'x')))).holder)).toBe(false);
    expect(mendParseNesting(build((d) => el(d, 'h2', el(d, 'h3', 'x'))).holder)).toBe(false);
    expect(mendParseNesting(build((d) => el(d, 'tbody', el(d, 'tr', el(d, 'td', 'x')))).holder)).toBe(false);
    expect(mendParseNesting(build((d) => el(d, 'table', el(d, 'tr', el(d, 'td', 'x')))).holder)).toBe(false);
  });

  it('accepts nested lists, headings in sections and a whole table', () => {
    expect(mendParseNesting(build((d) => el(d, 'table', el(d, 'caption', 'c'), el(d, 'tbody', el(d, 'tr', el(d, 'th', 'h'), el(d, 'td', 'x'))))).holder)).toBe(true);
    expect(mendParseNesting(build((d) => el(d, 'ul', el(d, 'li', el(d, 'ul', el(d, 'li', 'x'))))).holder)).toBe(true);
    expect(mendParseNesting(build((d) => el(d, 'dl', el(d, 'dd', el(d, 'dl', el(d, 'dt', 'x'))))).holder)).toBe(true);
    expect(mendParseNesting(build((d) => el(d, 'section', el(d, 'h2', 'x'), el(d, 'div', el(d, 'h3', 'y')))).holder)).toBe(true);
  });
});

describe('mendParseNesting on random DOM-built trees', () => {
  // The search as it was: every block's ancestors read up to the scope's end, each time.
  const reference = (holder: Element): boolean => {
    const CLOSES = ['div', 'p', 'ul', 'li', 'table', 'h2', 'section'];
    const SCOPE = ['table', 'td', 'button', 'svg'];
    const paragraphs = new Set<Element>();
    for (const el of Array.from(holder.querySelectorAll('*'))) {
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !CLOSES.includes(el.localName)) continue;
      for (let a = el.parentElement; a && a !== holder && !SCOPE.includes(a.localName); a = a.parentElement) if (a.localName === 'p') paragraphs.add(a);
    }
    for (const p of paragraphs) {
      const div = p.ownerDocument.createElement('div');
      for (const name of p.getAttributeNames()) div.setAttribute(name, p.getAttribute(name)!);
      while (p.firstChild) div.appendChild(p.firstChild);
      p.replaceWith(div);
    }
    return true;
  };

  it('turns the same paragraphs into divs as searching every ancestor for every block', () => {
    const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
    let seed = 3;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
    // Only tags whose other rules never call the tree unstable, so the mended trees compare.
    const grow = (parent: Element, depth: number): void => {
      for (let i = pick([1, 2, 3]); i > 0; i--) {
        if (depth > 5 || pick([0, 1, 2]) === 0) { parent.append('t'); continue; }
        const tag = pick(['p', 'p', 'div', 'span', 'section', 'button', 'svg', 'em']);
        const kid = tag === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement(tag);
        if (tag === 'p') kid.setAttribute('class', `c${depth}`);
        parent.append(kid);
        grow(kid, depth + 1);
      }
    };
    let mended = 0;
    for (let i = 0; i < 200; i++) {
      const a = doc.createElement('div');
      grow(a, 0);
      const b = a.cloneNode(true) as Element;
      reference(a);
      expect(mendParseNesting(b)).toBe(true);
      expect(b.innerHTML).toBe(a.innerHTML);
      mended += a.querySelectorAll('div[class]').length;
    }
    expect(mended).toBeGreaterThan(20);
  });
});
