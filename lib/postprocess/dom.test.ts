import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { hasAny, treeNames } from './dom';

describe('treeNames', () => {
  it('lists every tag and class token below the root, lower-cased, and never misses a selector match', () => {
    const doc = new JSDOM(
      '<!doctype html><body><div id="r" class="Outer"><p class="a  B\tc">x<span class="katex">y</span></p>' +
        '<blockquote class="twitter-tweet"><a href="#">t</a></blockquote><svg><foreignObject><mjx-container></mjx-container></foreignObject></svg></div>' +
        '<iframe class="outside"></iframe></body>',
    ).window.document;
    const root = doc.getElementById('r')!;
    const names = treeNames(root);
    expect([...names.tags].sort()).toEqual(['a', 'blockquote', 'foreignobject', 'mjx-container', 'p', 'span', 'svg']);
    expect([...names.classes].sort()).toEqual(['a', 'b', 'c', 'katex', 'twitter-tweet']);
    // The root and what follows it are not below it.
    expect(names.classes.has('outer')).toBe(false);
    expect(names.tags.has('iframe')).toBe(false);
    // Whatever a selector finds, the names allow.
    for (const el of root.querySelectorAll('.katex, mjx-container, blockquote.twitter-tweet')) {
      expect(hasAny(names, [el.localName.toLowerCase()]) || [...el.classList].some((c) => hasAny(names, [], [c.toLowerCase()]))).toBe(true);
    }
    expect(hasAny(names, ['iframe', 'embed'], ['fb-post'])).toBe(false);
  });

  it('walks an element without children', () => {
    const doc = new JSDOM('<!doctype html><body><p id="r"></p></body>').window.document;
    const names = treeNames(doc.getElementById('r')!);
    expect(names.tags.size + names.classes.size).toBe(0);
  });
});
