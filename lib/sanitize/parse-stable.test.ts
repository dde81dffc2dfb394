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
