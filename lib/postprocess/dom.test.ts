import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { all, baseUrl, hasAny, normalizeText, treeNames, treeTags } from './dom';
import { createPassContext } from '../passes/pass-context';

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

  it('records only the wanted class tokens when given a list, whole tokens only', () => {
    const doc = new JSDOM('<!doctype html><body><div id="r"><blockquote class="Twitter-Tweet x"></blockquote><p class="fb-post-like fb-page"></p></div></body>').window.document;
    const names = treeNames(doc.getElementById('r')!, ['twitter-tweet', 'fb-post', 'fb-page']);
    expect([...names.classes].sort()).toEqual(['fb-page', 'twitter-tweet']);
    expect([...names.tags].sort()).toEqual(['blockquote', 'p']);
  });

  it('walks an element without children', () => {
    const doc = new JSDOM('<!doctype html><body><p id="r"></p></body>').window.document;
    const names = treeNames(doc.getElementById('r')!);
    expect(names.tags.size + names.classes.size).toBe(0);
  });
});

describe('treeTags', () => {
  const doc = new JSDOM(
    '<!doctype html><body><div id="r"><p class="Intro  KaTeX-x">x<span class="a KATEX">y</span></p><svg><foreignObject></foreignObject></svg></div>' +
      '<mjx-container class="mathjax"></mjx-container></body>',
  ).window.document;
  const root = doc.getElementById('r')!;

  it('treeTags gives the tags of treeNames', () => {
    expect([...treeTags(root)].sort()).toEqual([...treeNames(root).tags].sort());
  });
});

describe('normalizeText', () => {
  /** The tree with every text node bracketed, so a split or an empty node shows. */
  const shape = (n: Node): string =>
    n.nodeType === 3 ? `[${n.nodeValue}]` : `<${(n as Element).localName}>${Array.from(n.childNodes).map(shape).join('')}</>`;

  it('leaves the same tree as normalize() on random runs of text, empty text and elements', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    let seed = 7;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const build = (parent: Element, depth: number): void => {
      const kids = rand(6);
      for (let i = 0; i < kids; i++) {
        const r = rand(10);
        if (r < 3) parent.append(doc.createTextNode(''));
        else if (r < 7 || depth > 3) parent.append(doc.createTextNode(['a', ' ', 'b c', '\n'][rand(4)]));
        else {
          const el = doc.createElement(['span', 'p', 'b'][rand(3)]);
          parent.append(el);
          build(el, depth + 1);
        }
      }
    };
    for (let i = 0; i < 300; i++) {
      const a = doc.createElement('div');
      build(a, 0);
      const b = a.cloneNode(true) as Element;
      a.normalize();
      normalizeText(b);
      expect(shape(b)).toBe(shape(a));
    }
  });
});

describe('baseUrl', () => {
  it("takes the context's base when the caller gives one, without reading the document's", () => {
    const doc = new JSDOM('<!doctype html><head><base href="https://cdn.example.net/a/"></head><body><p>x</p></body>', { url: 'https://news.example.org/s/1' }).window.document;
    const root = doc.querySelector('p')!;
    let reads = 0;
    // Counted through an own getter in front of Node.prototype's.
    let proto = Object.getPrototypeOf(doc);
    let real: PropertyDescriptor | undefined;
    while (proto && !(real = Object.getOwnPropertyDescriptor(proto, 'baseURI'))) proto = Object.getPrototypeOf(proto);
    Object.defineProperty(doc, 'baseURI', { configurable: true, get() { reads++; return real?.get?.call(doc) ?? ''; } });
    expect(baseUrl(root, createPassContext('https://news.example.org/s/1'))).toBe('https://cdn.example.net/a/');
    expect(reads).toBe(1);
    expect(baseUrl(root, createPassContext('https://news.example.org/s/1', { base: 'https://other.example/b/' }))).toBe('https://other.example/b/');
    // '' means the page had none: the page's URL.
    expect(baseUrl(root, createPassContext('https://news.example.org/s/1', { base: '' }))).toBe('https://news.example.org/s/1');
    expect(reads).toBe(1);
  });
});
