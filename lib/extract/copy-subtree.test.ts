import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BudgetLog } from './budget';
import { copySubtree } from './copy-subtree';

const page = (body: string): Document => new JSDOM(`<!DOCTYPE html><body>${body}</body>`).window.document;
const inertOf = (doc: Document): Document => doc.implementation.createHTMLDocument('');
const limits = (over: Partial<{ maxDepth: number; maxElements: number; maxTextChars: number; log: BudgetLog }> = {}) => ({
  maxDepth: 512, maxElements: 100_000, maxTextChars: 2_000_000, log: new BudgetLog(), ...over,
});

describe('copySubtree', () => {
  const body = '<div id="a" class="story" style="color:red" onclick="x()"><!-- note --><p data-x="1">One <b>two</b></p>' +
    '<aside class="ad"><p>Buy</p></aside><p>Three</p></div>';

  it('copies into the target without excluded elements, comments, styles or handlers, and leaves the page alone', () => {
    const doc = page(body);
    const before = doc.body.innerHTML;
    const inert = inertOf(doc);
    const root = doc.getElementById('a')!;
    const copy = copySubtree(root, inert, new Set([doc.querySelector('aside')!]), limits());
    expect(copy.ownerDocument).toBe(inert);
    expect(copy.outerHTML).toBe('<div id="a" class="story"><p data-x="1">One <b>two</b></p><p>Three</p></div>');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('gives the same copy within the budget as without one', () => {
    const doc = page(body);
    const excluded = new Set([doc.querySelector('aside')!]);
    const a = copySubtree(doc.getElementById('a')!, inertOf(doc), excluded);
    const b = copySubtree(doc.getElementById('a')!, inertOf(doc), excluded, limits());
    expect(a.outerHTML).toBe(b.outerHTML);
  });

  it('cuts at the element budget, keeping the start, and says so', () => {
    const doc = page(`<div id="a">${Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</div>`);
    const log = new BudgetLog();
    const copy = copySubtree(doc.getElementById('a')!, inertOf(doc), new Set(), limits({ maxElements: 11, log }));
    expect(copy.querySelectorAll('p')).toHaveLength(10);
    expect(copy.querySelector('p')!.textContent).toBe('Paragraph 0');
    expect(log.has('elements')).toBe(true);
  });

  it('keeps the namespace of SVG attributes and the attribute order of HTML ones', () => {
    const doc = page('<div id="a"><p title="t" lang="en" class="c">x</p><svg viewBox="0 0 1 1"><use xlink:href="#i"></use></svg></div>');
    const copy = copySubtree(doc.getElementById('a')!, inertOf(doc), new Set(), limits());
    expect(copy.querySelector('p')!.getAttributeNames()).toEqual(['title', 'lang', 'class']);
    const use = copy.querySelector('use')!;
    expect(use.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#i');
  });

  it('keeps the elements still open at a budget cut, nested and in order', () => {
    const doc = page('<div id="a"><p>one</p><section><div><p>two</p><p>three</p><p>four</p></div></section></div>');
    const copy = copySubtree(doc.getElementById('a')!, inertOf(doc), new Set(), limits({ maxElements: 6 }));
    expect(copy.outerHTML).toBe('<div id="a"><p>one</p><section><div><p>two</p><p>three</p></div></section></div>');
  });

  it('keeps content deeper than the depth budget as text of the element at that depth', () => {
    const doc = page(`<div id="a">${'<div>'.repeat(20)}<p>deep <b>words</b></p>${'</div>'.repeat(20)}<p>after</p></div>`);
    const log = new BudgetLog();
    const copy = copySubtree(doc.getElementById('a')!, inertOf(doc), new Set(), limits({ maxDepth: 5, log }));
    expect(copy.textContent).toContain('deep');
    expect(copy.textContent).toContain('words');
    expect(copy.textContent).toContain('after');
    expect(copy.querySelector('b')).toBeNull();
    expect(log.has('depth')).toBe(true);
  });

  it('cuts text at the character budget', () => {
    const doc = page(`<div id="a"><p>${'word '.repeat(100)}</p><p>lost</p></div>`);
    const log = new BudgetLog();
    const copy = copySubtree(doc.getElementById('a')!, inertOf(doc), new Set(), limits({ maxTextChars: 100, log }));
    expect((copy.textContent ?? '').length).toBeLessThanOrEqual(100);
    expect(copy.textContent).not.toContain('lost');
    expect(log.has('text')).toBe(true);
  });

  it('leaves out empty text nodes made by script, as the node-by-node copy does', () => {
    const doc = page('<div id="a"><p>x</p></div>');
    const root = doc.getElementById('a')!;
    root.appendChild(doc.createTextNode(''));
    const copy = copySubtree(root, inertOf(doc), new Set(), limits());
    expect(copy.childNodes).toHaveLength(1);
  });
});
