import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { measureTree } from './measure-tree';
import { createPassContext } from '../passes/pass-context';

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
    expect(unlikely(`<div class="container with_sidebar"><article><h1>Floods</h1><p>${prose}</p></article><div class="sidebar">Links</div></div>`))
      .toEqual(['unlikely candidate "sidebar"']);
  });

  it('drops such a wrapper when many <article>s carry an <h1> (cards, not the page\'s article)', () => {
    expect(unlikely(`<div class="container with_sidebar">${[1, 2, 3].map(card).join('')}</div>`))
      .toEqual(['unlikely candidate "container with_sidebar"']);
  });

  it('reads camelCase class names word by word ("PageBuilder-pageRow" is no "pager")', () => {
    expect(unlikely(`<div class="PageBuilder-pageRow"><p>${prose}</p></div><div class="mobileNavMenu">Links</div><div class="pager">1 2 3</div>`))
      .toEqual(['unlikely candidate "mobileNavMenu"', 'unlikely candidate "pager"']);
  });

  it('keeps a wrapper that holds <main>', () => {
    expect(unlikely(`<div class="layout__2-sidebars"><main><p>${prose}</p></main></div>`)).toEqual([]);
  });
});
