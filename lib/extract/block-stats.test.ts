import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BlockStatsIndex, normalizedLength, type BlockStats } from './block-stats';

/** The per-block queries BlockStatsIndex replaces, read fresh from the tree. */
function queried(el: Element): BlockStats {
  let linkChars = 0;
  for (const a of el.querySelectorAll('a')) linkChars += normalizedLength(a);
  return {
    p: el.getElementsByTagName('p').length,
    img: el.getElementsByTagName('img').length,
    li: el.getElementsByTagName('li').length,
    input: el.getElementsByTagName('input').length,
    headings: el.querySelectorAll('h1, h2, h3, h4, h5, h6').length,
    subheadings: el.querySelectorAll('h2, h3, h4, h5, h6').length,
    embeds: el.querySelectorAll('iframe, video, object, embed').length,
    media: el.querySelectorAll('math, svg, video, audio, picture, hr, br').length,
    figures: el.querySelectorAll('figure, figcaption').length,
    linkChars,
  };
}

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TAGS = ['div', 'section', 'p', 'a', 'span', 'ul', 'li', 'img', 'input', 'h1', 'h2', 'h4', 'iframe', 'video', 'table', 'td', 'br', 'hr', 'figure', 'figcaption', 'picture'];
const WORDS = ['alpha', ' beta ', '\n gamma', 'delta,', '  ', 'é'];

function randomTree(doc: Document, rand: () => number): Element {
  const root = doc.createElement('div');
  const open: Element[] = [root];
  for (let i = 0; i < 60; i++) {
    const parent = open[Math.floor(rand() * open.length)];
    if (rand() < 0.35) parent.appendChild(doc.createTextNode(WORDS[Math.floor(rand() * WORDS.length)]));
    else {
      const el = doc.createElement(TAGS[Math.floor(rand() * TAGS.length)]);
      parent.appendChild(el);
      open.push(el);
    }
  }
  // Foreign content: an SVG link counts for `a`, an SVG <p> is still matched by tag name.
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'a')).textContent = 'svg link';
  open[Math.floor(rand() * open.length)].appendChild(svg);
  return root;
}

describe('BlockStatsIndex', () => {
  it('equals fresh queries on every element of random trees, also after blocks are detached', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    for (let seed = 1; seed <= 20; seed++) {
      const rand = rng(seed);
      const root = randomTree(doc, rand);
      doc.body.replaceChildren(root);
      const index = new BlockStatsIndex(root);
      expect(index.elements).toEqual(Array.from(root.querySelectorAll('*')));
      const check = () => {
        for (const el of [root, ...root.querySelectorAll('*')]) expect(index.get(el), `seed ${seed} <${el.localName}>`).toEqual(queried(el));
      };
      check();
      // Detach a few elements, deepest first as conditional cleaning does; links above them shrink.
      const victims = Array.from(root.querySelectorAll('*')).reverse().filter(() => rand() < 0.2);
      for (const el of victims) {
        if (!root.contains(el) || el === root) continue;
        const ancestors = index.ancestorsOf(el);
        el.remove();
        index.detached(el, ancestors);
        check();
      }
    }
  });

  it('shortens the link text of a link that held a detached block', () => {
    const doc = new JSDOM('<!doctype html><body><div id="r"><section><a href="/x">Head <div>teaser text</div></a></section></div></body>').window.document;
    const root = doc.getElementById('r')!;
    const index = new BlockStatsIndex(root);
    const section = root.querySelector('section')!;
    expect(index.get(section).linkChars).toBe('Head teaser text'.length);
    const div = root.querySelector('div')!;
    const ancestors = index.ancestorsOf(div);
    div.remove();
    index.detached(div, ancestors);
    expect(index.get(section).linkChars).toBe('Head'.length);
  });

  it('stops counting the links of a block kept as content as links, for it and the blocks around it', () => {
    const doc = new JSDOM('<!doctype html><body><div id="r"><section><p>Lead in:</p><ul><li><a href="/a">One</a></li></ul><a href="/b">Two</a></section></div></body>').window.document;
    const root = doc.getElementById('r')!;
    const index = new BlockStatsIndex(root);
    const section = root.querySelector('section')!;
    const ul = root.querySelector('ul')!;
    index.linksAsText(ul);
    expect(index.get(ul).linkChars).toBe(0);
    expect(index.get(section).linkChars).toBe('Two'.length);
    expect(index.get(root).linkChars).toBe('Two'.length);
  });
});
