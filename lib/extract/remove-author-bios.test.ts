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

describe('removeAuthorBios (split names, suffixes, header excerpts, name lines)', () => {
  it('reads the name and the verb across a link', () => {
    const r = run(`${BODY}<p><em><a href="/a/kc">Karina Cohen</a> is the health director here. She has covered fitness for years.</em></p>`, 'Karina Cohen');
    expect(r.text).not.toContain('health director');
  });

  it('takes a degree after the name and more verbs', () => {
    const r = run(`${BODY}<p>Karina Cohen, MD, is a board-certified pediatrician.</p><p>John Roe worked in radio for ten years.</p>`, 'Karina Cohen, MD* and John Roe');
    expect(r.text).not.toContain('pediatrician');
    expect(r.text).not.toContain('worked in radio');
  });

  it('drops the excerpt next to the byline in the header, not a first paragraph about the writer', () => {
    const header = '<div class="meta"><div>By <a href="/a/kc">Karina Cohen</a> · 6 hours ago</div>' +
      '<div>Karina is an experienced journalist who has covered tech for five years, with a focus on phones.</div></div>';
    const r = run(`${header}${BODY}${BODY}`, 'Karina Cohen');
    expect(r.text).not.toContain('experienced journalist');
    expect(r.text).toContain('By Karina Cohen');
    const lead = run(`<p>Karina Cohen is suing the city over the bus routes.</p>${BODY}${BODY}`, 'Karina Cohen');
    expect(lead.removed).toEqual([]);
    const quotes = '<div><div>Karina is a great teacher! My son loved the lessons.</div><cite>Kate P.</cite></div>' +
      '<div><div>Karina is an excellent teacher, precise and open-minded.</div><cite>Tom R.</cite></div>';
    const testimonials = run(`${quotes}${BODY}${BODY}${BODY}`, 'Karina Cohen');
    expect(testimonials.removed).toEqual([]);
  });

  it('drops a bio after a name line without a byline: marker, first name, or a person in the text', () => {
    const marker = run(`${BODY}<p>Written by Jane Roe</p><p>Jane Roe is a finance writer who helps people with money.</p>`, '');
    expect(marker.text).not.toContain('finance writer');
    expect(marker.text).not.toContain('Written by');
    const first = run(`${BODY}<div><div>Elliot Raba</div><div>Sales Executive</div><p>Elliot is a results-driven executive at a payroll firm, where he leads sales.</p></div>`, '');
    expect(first.text).not.toContain('results-driven');
    expect(first.text).not.toContain('Elliot Raba');
    const person = run(`${BODY}<div><h4>Sylvia Bishop</h4><p>Sylvia Bishop is a British author. She writes fiction for children.</p></div>`, '');
    expect(person.text).not.toContain('British author');
    expect(first.text).toContain('bus network');
  });

  it('keeps a product under its heading and name-led text without a name line', () => {
    const product = run(`${BODY}<h3>Breville Bambino</h3><p>Breville Bambino is the espresso machine to beat in the budget class.</p>`, '');
    expect(product.removed).toEqual([]);
    const single = run(`${BODY}<h3>Notion</h3><p>Notion is a note-taking tool for teams.</p>`, '');
    expect(single.removed).toEqual([]);
    const none = run(`${BODY}<p>Jane Roe is a finance writer.</p>`, '');
    expect(none.removed).toEqual([]);
    const firm = run(`${BODY}<h3>Thrifty Car Rental</h3><p>Thrifty is part of a larger group, and they focus on value.</p>`, '');
    expect(firm.removed).toEqual([]);
  });

  it("keeps the article's own words about its writer: a bullet, a paragraph under a section heading", () => {
    const bullet = run(`${BODY}<h2>Why we are the experts</h2><ul><li><a href="/a">Karina Cohen</a> is a contributor who tests coffee gear.</li></ul>`, 'Karina Cohen');
    expect(bullet.removed).toEqual([]);
    const section = run(`${BODY}${BODY}<h2>Why trust us</h2><p><a href="/a">Karina Cohen</a> is a longtime beverage writer.</p>`, 'Karina Cohen');
    expect(section.removed).toEqual([]);
  });
});

describe('removeAuthorBios (the writer named inside the first sentence)', () => {
  it('drops a bio under the writer\'s name line that names them after a lead-in', () => {
    const bio = '<div><div><span><a href="/a/kc">Karina Cohen</a></span><div>Associate Editor</div></div><p>A New York transplant from the coast, Karina Cohen has a passion for anything that goes.</p></div>';
    const r = run(`${BODY}${bio}`, 'Karina Cohen');
    expect(r.text).not.toContain('passion');
    expect(r.text).not.toContain('Associate Editor');
    const noLine = run(`${BODY}<p>A New York transplant from the coast, Karina Cohen has a passion for anything that goes.</p>`, 'Karina Cohen');
    expect(noLine.removed).toEqual([]);
  });
});
