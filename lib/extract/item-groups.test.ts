import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from './extract-article';
import { measureTree } from './measure-tree';
import { createPassContext } from '../passes/pass-context';
import { findItemGroups } from './item-groups';

const load = (body: string): Document =>
  new JSDOM(`<!doctype html><html lang="en"><head><title>Backpacks</title></head><body>${body}</body></html>`, { url: 'https://shop.example.org/c/packs' }).window.document;

const card = (i: number): string =>
  `<li class="card card-${i}"><a href="/p/${i}"><h3>Trail pack model ${i}</h3></a><span class="price">$12${i}.00</span><span class="brand">Summit outfitters</span><span class="rating">4.${i} stars</span></li>`;

describe('item groups', () => {
  it('finds a run of alike siblings and ignores a pair of columns', () => {
    const doc = load(`<ul class="grid">${[1, 2, 3, 4, 5].map(card).join('')}</ul><div class="cols"><div class="col">Left column text that is long enough</div><div class="col">Right column text that is long enough</div></div>`);
    const groups = findItemGroups(measureTree(doc.body, createPassContext(doc.URL), true));
    expect(groups).toHaveLength(1);
    expect(groups[0].parent.className).toBe('grid');
    expect(groups[0].items).toHaveLength(5);
  });
});

describe('grabArticle on pages that are not articles', () => {
  it('takes a grid of recipe cards whose classes name each one\'s categories over the intro above it', () => {
    const recipe = (i: number, cats: string) =>
      `<article class="carousel-cell ${cats} post-${i}"><a href="/r/${i}"><span>${i}0 reviews / 5 average</span><h3>Crispy air fryer dish number ${i}</h3></a></article>`;
    const cats = ['category-dinner category-rice', 'category-fish tag-salmon', 'category-vegan', 'category-meat category-tacos', 'category-lunch', 'category-dinner', 'category-tofu tag-quick', 'category-rice'];
    const doc = load(
      `<main><header><h2>Air Fryer Chicken Recipes</h2><p>Chicken for dinner! These air fryer chicken recipes are easy, crispy and quick.</p></header>` +
        `<div class="main-carousel">${cats.map((c, i) => recipe(i, c)).join('')}</div></main>`,
    );
    const text = extractArticle(doc, { pageKind: 'other' }).textContent;
    for (let i = 0; i < cats.length; i++) expect(text).toContain(`Crispy air fryer dish number ${i}`);
  });

  it('takes a product grid over the short intro above it', () => {
    const doc = load(
      `<main><div class="intro"><p>Packs for every trail, from day hikes to long treks, picked by our staff.</p></div>` +
        `<ul class="grid">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul></main>`,
    );
    const text = extractArticle(doc, { pageKind: 'other' }).textContent;
    for (let i = 0; i < 8; i++) expect(text).toContain(`Trail pack model ${i}`);
  });

  it('keeps every post of a thread when one post wins', () => {
    const post = (i: number, body: string): string =>
      `<div class="message message-${i}"><div class="user">member${i}</div><div class="bubble"><div class="meta">Posted on day ${i}</div><div class="text">${body}</div></div></div>`;
    const long = 'I replaced the chain on mine last spring, and the shifting has been smooth since then, even in the rain. '.repeat(4);
    const doc = load(
      `<div class="thread">${post(1, long)}${post(2, 'Same here and thanks for the tip about the chain')}${post(3, 'Which brand of chain did you use on yours')}</div>` +
        `<div class="other"><p>Site rules and the privacy policy of this forum, which every member accepted.</p></div>`,
    );
    const text = extractArticle(doc, { pageKind: 'other' }).textContent;
    expect(text).toContain('replaced the chain');
    expect(text).toContain('thanks for the tip');
    expect(text).toContain('Which brand of chain');
  });

  it('keeps the other sections of a landing page beside the winning one', () => {
    const para = Array.from({ length: 4 }, (_, i) => `<p>Our analysts study your data in depth, sprint ${i}, and report what they find, with plain advice, every week.</p>`).join('');
    const card = (t: string): string => `<div class="tile"><h3>${t}</h3><div>We help teams ${t.toLowerCase()} without extra tools</div></div>`;
    const doc = load(
      `<header><nav><a href="/">Home</a><a href="/about">About</a></nav></header>` +
        `<section class="intro"><h2>Data services</h2>${para}</section>` +
        `<section class="offer"><h2>What we offer</h2><div>${card('Forecast demand')}${card('Track spending')}</div></section>` +
        `<section class="why"><h2>Why choose us</h2><div>${card('Cut costs')}${card('Move faster')}</div></section>`,
    );
    const text = extractArticle(doc, { pageKind: 'other' }).textContent;
    expect(text).toContain('sprint 3');
    expect(text).toContain('Forecast demand');
    expect(text).toContain('Move faster');
    // An article keeps to its prose.
    expect(extractArticle(doc, { pageKind: 'article' }).textContent).not.toContain('Move faster');
  });

  it('leaves article pages to paragraph scoring', () => {
    const para = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, with commas, clauses, and enough words to read as prose.</p>`).join('');
    const doc = load(`<article>${para}</article><ul class="more">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul>`);
    const text = extractArticle(doc, { pageKind: 'article' }).textContent;
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('Trail pack model');
  });
});
