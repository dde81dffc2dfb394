import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPassContext } from '../passes/pass-context';
import type { Metadata } from '../metadata/read-metadata';
import { removeHeaderDuplicates } from './remove-header-duplicates';

const META: Metadata = {
  title: 'The council extends the tram line north', byline: '', desk: '', published: null, modified: null, siteName: '',
  lang: 'en', dir: 'ltr', description: '', leadImage: null, articleBody: '',
};
const run = (body: string): string => {
  const root = new JSDOM(`<!DOCTYPE html><body><div id="r">${body}</div></body>`).window.document.getElementById('r')!;
  removeHeaderDuplicates(root, createPassContext('', { mutate: true }), META);
  return root.innerHTML;
};
const P = '<p>The city council voted on Tuesday to extend the tram line to the northern suburbs.</p>';

describe('removeHeaderDuplicates', () => {
  it('removes the title among the first three h1/h2 headings, in document order', () => {
    expect(run(`<h2>Section one</h2><h2>Section two</h2><h1>The council extends the tram line north</h1>${P}`)).toBe(`<h2>Section one</h2><h2>Section two</h2>${P}`);
  });

  it('leaves the title alone when it is the fourth heading', () => {
    const body = `<h2>One</h2><div><h2>Two</h2></div><h2>Three</h2><h2>The council extends the tram line north</h2>${P}`;
    expect(run(body)).toBe(body);
  });

  it('removes a lone h1 at the start even when it is not the title, and keeps two', () => {
    expect(run(`<h1>Tram news</h1>${P}`)).toBe(P);
    const two = `<h1>Tram news</h1>${P}<h1>More</h1>`;
    expect(run(two)).toBe(two);
  });
});
