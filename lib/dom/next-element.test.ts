import { describe, expect, it } from 'vitest';
import { childElements, elementWalk, findDescendant, nextElement } from './next-element';

const tree = (html: string): Element => {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixture markup, not page HTML
  return root;
};

describe('nextElement', () => {
  it('visits every element below root once, in document order, and never leaves root', () => {
    const outer = tree('<section id="root"><p id="a"><b id="b"></b></p><div id="c"><i id="d"></i></div></section><p id="out"></p>');
    const root = outer.querySelector('#root')!;
    const ids: string[] = [];
    for (let el = root.firstElementChild; el; el = nextElement(el, root)) ids.push(el.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(ids).toEqual([...root.querySelectorAll('*')].map((e) => e.id));
  });
});

describe('elementWalk', () => {
  it('gives the same elements as nextElement, in the same order, and then null', () => {
    const outer = tree('<section id="root"><p id="a"><b id="b"></b>text</p><!-- c --><div id="c"><i id="d"></i></div></section><p id="out"></p>');
    const root = outer.querySelector('#root')!;
    const next = elementWalk(root);
    const ids: string[] = [];
    for (let el = next(); el; el = next()) ids.push(el.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(next()).toBeNull();
    expect(elementWalk(tree(''))()).toBeNull();
  });
});

describe('findDescendant', () => {
  it('returns the first match in document order, or null', () => {
    const root = tree('<p><span class="x" id="one"></span></p><span class="x" id="two"></span>');
    expect(findDescendant(root, (el) => el.classList.contains('x'))?.id).toBe('one');
    expect(findDescendant(root, (el) => el.localName === 'table')).toBeNull();
  });
});

describe('childElements', () => {
  it('lists element children in order, skipping text and comments', () => {
    const kids = childElements(tree('a<p>1</p><!--c--><span>2<b>3</b></span>b'));
    expect(kids.map((k) => k.localName)).toEqual(['p', 'span']);
  });
});
