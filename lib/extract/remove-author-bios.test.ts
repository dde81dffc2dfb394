import { describe, expect, it } from 'vitest';
import { bioOpener, removeAuthorBios } from './remove-author-bios';
import { EN_PARA, mutate } from '../passes/noise-test-utils';

const BODY = `<p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p>`;
const run = (html: string, byline: string, relaxed: string[] = []) => mutate((root, ctx) => removeAuthorBios(root, ctx, byline), html, relaxed);

describe('removeAuthorBios', () => {
  it('drops an unnamed bio box after the article, with its second paragraph', () => {
    const r = run(
      `${BODY}<div><p>Karina Cohen is the owner of a local cleaning company serving the Denver area.</p>` +
        `<p>When she is not working, she serves on the board of a school.</p></div>`,
      'Karina Cohen',
    );
    expect(r.text).not.toContain('owner of a local');
    expect(r.text).not.toContain('serves on the board');
    expect(r.text).toContain('bus network');
    expect(r.removed.map((x) => x.pass)).toEqual(['removeAuthorBios']);
  });

  it('reads the first name alone and every person of the byline', () => {
    const r = run(`${BODY}<p>Anurag has covered tech for five years.</p><p>John Roe writes about cities.</p>`, 'Anurag Sharma and John Roe');
    expect(r.text).not.toContain('covered tech');
    expect(r.text).not.toContain('writes about cities');
  });

  it('keeps a sentence with the name at the top of the article and a long block', () => {
    const lead = '<p>Karina Cohen is suing the city over the bus routes, her lawyer said.</p>';
    const long = `<p>Karina Cohen has ${'spent years arguing about the routes and the fares '.repeat(20)}</p>`;
    const r = run(`${lead}${BODY}${long}`, 'Karina Cohen');
    expect(r.removed).toEqual([]);
  });

  it('keeps a name-led block that is followed by much of the article', () => {
    const r = run(`<p>${EN_PARA}</p><p>${EN_PARA}</p><p>Karina Cohen has a point, the mayor said.</p>${BODY}`, 'Karina Cohen');
    expect(r.removed).toEqual([]);
  });

  it('does nothing without a person byline, when phrases are relaxed, or off articles', () => {
    const html = `${BODY}<p>Karina Cohen is the owner of a local cleaning company.</p>`;
    expect(run(html, '').removed).toEqual([]);
    expect(run(html, 'Reuters').removed).toEqual([]);
    expect(run(html, 'Karina Cohen', ['phrases']).removed).toEqual([]);
    const other = mutate((root, ctx) => removeAuthorBios(root, { ...ctx, pageKind: 'other' }, 'Karina Cohen'), html);
    expect(other.removed).toEqual([]);
  });

  it('builds the opener from names, escaping them', () => {
    expect(bioOpener('J. R. Smith, Ann Poe')?.test('J. R. Smith is a writer')).toBe(true);
    expect(bioOpener('J. R. Smith, Ann Poe')?.test('JX R. Smith is a writer')).toBe(false);
    expect(bioOpener('Ann Poe')?.test('Annie is here')).toBe(false);
  });
});
