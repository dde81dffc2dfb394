import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { measureTree, proseParagraphs } from './measure-tree';
import { createPassContext } from '../passes/pass-context';
import { scanDocument } from '../metadata/scan';
import { SummaryCollector } from '../summary/find-page-summary';

const prose = 'The river rose four metres overnight, and the valley towns were told to leave before noon.';
const card = (i: number): string => `<article><h1>Story ${i}</h1><p>${prose}</p></article>`;

/** The class names of the containers measureTree marked as unlikely candidates. */
function unlikely(body: string): string[] {
  const doc = new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
  const ctx = createPassContext('https://news.example.org/a', { debug: true });
  measureTree(doc.body, ctx, true);
  return ctx.removed.filter((r) => r.reason.startsWith('unlikely candidate')).map((r) => r.reason);
}

describe('measureTree unlikely candidates', () => {
  it('keeps a wrapper named for its sidebar when it holds the <article> with the headline', () => {
    expect(unlikely(`<div class="container penci_sidebar"><article><h1>Floods</h1><p>${prose}</p></article><div class="sidebar">Links</div></div>`))
      .toEqual(['unlikely candidate "sidebar"']);
  });

  it('drops such a wrapper when many <article>s carry an <h1> (cards, not the page\'s article)', () => {
    expect(unlikely(`<div class="container penci_sidebar">${[1, 2, 3].map(card).join('')}</div>`))
      .toEqual(['unlikely candidate "container penci_sidebar"']);
  });

  it('reads camelCase class names word by word ("PageBuilder-pageRow" is no "pager")', () => {
    expect(unlikely(`<div class="PageBuilder-pageRow"><p>${prose}</p></div><div class="mobileNavMenu">Links</div><div class="pager">1 2 3</div>`))
      .toEqual(['unlikely candidate "mobileNavMenu"', 'unlikely candidate "pager"']);
  });

  it('reads a layout flag or a setting as no name: `layout-sidebar-left`, `pane-header-alignment-left`', () => {
    expect(unlikely(`<div class="c-layout-sidebar-left"><div class="c-layout-main"><p>${prose}</p></div></div><div class="sidebar-left">Links</div>`))
      .toEqual(['unlikely candidate "sidebar-left"']);
    expect(unlikely(`<div class="accordion-wrap pane-header-alignment-left icon-side-right"><p>${prose}</p></div><div class="header-left">Logo</div>`))
      .toEqual(['unlikely candidate "header-left"']);
    // A box that has a header, and a layout's header element, are still what they say.
    expect(unlikely(`<div class="page no-sidebar"><p>${prose}</p></div><section class="stack--has-header"><p>${prose}</p></section><div class="map-layout__header">Map</div>`))
      .toEqual(['unlikely candidate "stack--has-header"', 'unlikely candidate "map-layout__header"']);
  });

  it('keeps a box named only for a header or footer when it holds most of the page\'s prose', () => {
    const long = `<p>${prose} ${prose}</p>`;
    expect(unlikely(`<div class="lead">${long}</div><div class="page-footer"><h3>Bistro</h3>${long}<h3>Counter</h3>${long}<h3>Diner</h3>${long}</div>`)).toEqual([]);
    // Beside an article, a footer of testimonials or a mega-menu with blurbs is still chrome.
    expect(unlikely(`<article>${long.repeat(5)}</article><div class="site-footer">${long}${long}</div><div class="site-header">${long}${long}</div><div id="comments">${long.repeat(9)}</div>`))
      .toEqual(['unlikely candidate "site-footer"', 'unlikely candidate "site-header"', 'unlikely candidate "comments"']);
  });

  it('keeps the header of a part of the body (an accordion pane, a card), not the page header', () => {
    expect(unlikely(`<div class="kt-accordion-header-wrap">How we tested</div><div class="zd_best-header-card">Best overall</div><div class="card-footer">Price</div><div class="header-top">Logo</div>`))
      .toEqual(['unlikely candidate "header-top"']);
  });

  it('keeps a wrapper that holds <main>', () => {
    expect(unlikely(`<div class="layout__2-sidebars"><main><p>${prose}</p></main></div>`)).toEqual([]);
  });
});

describe('measureTree <aside>', () => {
  /** The texts of the asides measureTree dropped by their tag. */
  function droppedAsides(body: string): string[] {
    const doc = new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
    const ctx = createPassContext('https://news.example.org/a', { debug: true });
    measureTree(doc.body, ctx, true);
    return ctx.removed.filter((r) => r.reason === '<aside> never holds the article').map((r) => (r.text ?? '').slice(0, 12));
  }

  it('keeps an aside of prose set between two paragraphs (a note in the text), not a sidebar or a short box', () => {
    const note = `<aside><h3>A note on devices</h3><p>${prose} ${prose} ${prose}</p></aside>`;
    expect(droppedAsides(`<div><p>${prose}</p>${note}<p>${prose}</p></div>`)).toEqual([]);
    // After the last paragraph, beside the text, or mostly links: boxes of the page.
    expect(droppedAsides(`<div><p>${prose}</p><p>${prose}</p>${note}</div>`)).toEqual(['A note on de']);
    expect(droppedAsides(`<div><p>${prose}</p><aside><p>Related: <a href="/x">Floods</a></p></aside><p>${prose}</p></div>`)).toEqual(['Related: Flo']);
    const links = `<aside>${[1, 2, 3, 4, 5].map((i) => `<p><a href="/s/${i}">${prose}</a></p>`).join('')}</aside>`;
    expect(droppedAsides(`<div><p>${prose}</p>${links}<p>${prose}</p></div>`)).toEqual(['The river ro']);
    // A pull quote: the text it repeats is in the paragraphs around it.
    const long = `${prose} Crews worked through the night to shore up the levees along the eastern bank.`;
    expect(droppedAsides(`<div><p>${prose}</p><aside class="module"><p>${long} ${long}</p></aside><p>Officials said: ${long} ${long}</p></div>`)).toEqual(['The river ro']);
  });
});

describe('measureTree with the scan\'s <main>s and <h1>s', () => {
  // Wrappers named for a sidebar are kept only when they hold the page's main content: what
  // decides it must be the same whether the markers come from the scan or from measureTree's walk.
  const PIECES = [
    `<main><p>${prose}</p></main>`, `<div role="main"><p>${prose}</p></div>`, `<h1 role="main">Odd</h1>`, `<script role="main"></script>`,
    `<article><h1>Story</h1><p>${prose}</p></article>`, `<h1>Loose headline</h1>`, `<div class="sidebar">Links</div>`, `<p>${prose}</p>`,
    `<div role="navigation">Menu</div>`, `<main role="main"><p>${prose}</p></main>`,
  ];

  it('removes and measures the same as its own walk', () => {
    let seed = 99;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 150; k++) {
      const build = (depth: number): string => {
        let out = '';
        for (let i = rand(5) + 1; i > 0; i--) {
          const wrap = ['div class="layout-sidebar"', 'section class="sidebar-wrap"', 'article', 'div'][rand(4)];
          out += depth < 4 && rand(2) === 0 ? `<${wrap}>${build(depth + 1)}</${wrap.split(' ')[0]}>` : PIECES[rand(PIECES.length)];
        }
        return out;
      };
      const doc = new JSDOM(`<!doctype html><body>${build(0)}</body>`).window.document;
      const scan = scanDocument(doc, new SummaryCollector());
      expect(scan.bodyVisited).toBe(true);
      const own = createPassContext('https://news.example.org/a', { debug: true });
      const shared = createPassContext('https://news.example.org/a', { debug: true });
      const a = measureTree(doc.body, own, true);
      const b = measureTree(doc.body, shared, true, { mains: scan.mains, h1s: scan.h1s });
      expect(shared.removed).toEqual(own.removed);
      expect([...shared.excluded]).toEqual([...own.excluded]);
      expect(b).toEqual(a);
    }
  });
});

describe('proseParagraphs', () => {
  it('counts as a walk of getElementsByTagName("p") would, nested and prefixed elements included', () => {
    const long = `${prose} ${prose}`;
    const doc = new JSDOM(`<!doctype html><body><div id="r"><p>${long}</p><x:p>${long}</x:p><section><p>short</p><p> ${long} <b>bold</b></p></section><svg><p>${long}</p></svg></div></body>`).window.document;
    const r = doc.getElementById('r')!;
    // A <p> inside a <p> and a prefixed p (only DOM calls make these).
    r.querySelector('section p')!.appendChild(doc.createElement('p')).textContent = long;
    r.appendChild(doc.createElementNS('http://www.w3.org/1999/xhtml', 'h:p')).textContent = long;
    const old = (el: Element, n: number): number => {
      let found = 0;
      for (const p of Array.from(el.getElementsByTagName('p'))) if ((p.textContent ?? '').trim().length >= 100 && ++found >= n) break;
      return found;
    };
    for (const n of [1, 2, 3, Infinity]) expect(proseParagraphs(r, n), `n=${n}`).toBe(old(r, n));
    expect(proseParagraphs(r, Infinity)).toBeGreaterThanOrEqual(3);
  });
});
