import { describe, expect, it } from 'vitest';
import { BudgetLog, budgetFor, budgetWarning, exceedsElements, MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT_CHARS } from './budget';
import { copySubtree } from './copy-subtree';
import { textOf } from '../metadata/json-ld';
import { toText } from '../text/to-text';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  // Test markup, not page markup: parsed into an inert document.
  doc.body.innerHTML = html;
  return doc;
}

/** A chain of `depth` divs under `parent`, built bottom-up (fast in jsdom); returns the leaf. */
function chain(doc: Document, parent: Element, depth: number, label = (i: number) => `L${i}`): Element {
  let top: Element | null = null;
  let leaf: Element | null = null;
  for (let i = depth - 1; i >= 0; i--) {
    const d = doc.createElement('div');
    d.appendChild(doc.createTextNode(`${label(i)} `));
    if (top) d.appendChild(top);
    else leaf = d;
    top = d;
  }
  parent.appendChild(top!);
  return leaf!;
}

function depthOf(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

describe('budget', () => {
  it('takes maxElements from the options and ignores nonsense', () => {
    expect(budgetFor().maxElements).toBe(MAX_ELEMENTS);
    expect(budgetFor({ maxElements: 500 }).maxElements).toBe(500);
    for (const bad of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(budgetFor({ maxElements: bad }).maxElements).toBe(MAX_ELEMENTS);
  });

  it('counts elements only up to the limit', () => {
    const doc = page('<div><p>a</p><p>b</p></div><p>c</p>');
    expect(exceedsElements(doc.body, 4)).toBe(false);
    expect(exceedsElements(doc.body, 3)).toBe(true);
  });

  it('logs each budget once, with a stable prefix', () => {
    const log = new BudgetLog();
    log.hit('depth', 10);
    log.hit('depth', 10);
    log.hit('text', 99);
    expect(log.warnings()).toEqual([budgetWarning('depth', 10), budgetWarning('text', 99)]);
    expect(log.warnings().every((w) => /^budget:(depth|text): /.test(w))).toBe(true);
  });
});

describe('copySubtree with limits', () => {
  const limits = (over: Partial<{ maxDepth: number; maxElements: number; maxTextChars: number }> = {}) => ({
    maxDepth: MAX_DEPTH, maxElements: MAX_ELEMENTS, maxTextChars: MAX_TEXT_CHARS, log: new BudgetLog(), ...over,
  });

  it('copies everything, unchanged, when no budget is hit', () => {
    const doc = page('<article><h1>T</h1><p>One <b>two</b></p><ul><li>x</li></ul></article>');
    const lim = limits();
    const copy = copySubtree(doc.body, document.implementation.createHTMLDocument(''), new Set(), lim);
    expect(copy.innerHTML).toBe(doc.body.innerHTML);
    expect(lim.log.warnings()).toEqual([]);
  });

  it('flattens content deeper than maxDepth into text, in document order', () => {
    const doc = page('');
    const leaf = chain(doc, doc.body, 60);
    leaf.appendChild(doc.createTextNode('bottom'));
    doc.body.appendChild(doc.createElement('p')).textContent = 'after';
    const lim = limits({ maxDepth: 20 });
    const copy = copySubtree(doc.body, document.implementation.createHTMLDocument(''), new Set(), lim);
    expect(depthOf(copy)).toBeLessThanOrEqual(20);
    const words = toText(copy).split(/\s+/);
    expect(words).toEqual([...Array.from({ length: 60 }, (_, i) => `L${i}`), 'bottom', 'after']);
    expect(lim.log.has('depth')).toBe(true);
  });

  it('leaves excluded elements out of the flattened text too', () => {
    const doc = page('');
    const leaf = chain(doc, doc.body, 30);
    const ad = leaf.appendChild(doc.createElement('div'));
    ad.textContent = 'advert';
    const copy = copySubtree(doc.body, document.implementation.createHTMLDocument(''), new Set([ad]), limits({ maxDepth: 10 }));
    expect(copy.textContent).toContain('L29');
    expect(copy.textContent).not.toContain('advert');
  });

  it('stops at maxElements and keeps the start of the document', () => {
    const doc = page(Array.from({ length: 50 }, (_, i) => `<p>p${i}<b>b</b></p>`).join(''));
    const lim = limits({ maxElements: 21 });
    const copy = copySubtree(doc.body, document.implementation.createHTMLDocument(''), new Set(), lim);
    expect(copy.getElementsByTagName('*').length).toBeLessThanOrEqual(20);
    expect(copy.textContent).toMatch(/^p0bp1b/);
    expect(lim.log.has('elements')).toBe(true);
  });

  it('cuts text past maxTextChars, at a space', () => {
    const doc = page('<p>first words here</p><p>second paragraph words</p><p>third</p>');
    const lim = limits({ maxTextChars: 30 });
    const copy = copySubtree(doc.body, document.implementation.createHTMLDocument(''), new Set(), lim);
    const text = copy.textContent ?? '';
    expect(text.length).toBeLessThanOrEqual(30);
    expect(text.startsWith('first words here')).toBe(true);
    expect(text).not.toContain('third');
    expect(lim.log.has('text')).toBe(true);
  });
});

describe('JSON-LD reader', () => {
  it('does not recurse without bound into nested arrays', () => {
    let nested: unknown = 'deep headline';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(() => textOf(nested)).not.toThrow();
    expect(textOf([['a headline']])).toBe('a headline');
  });
});
