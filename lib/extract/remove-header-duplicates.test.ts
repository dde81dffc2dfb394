import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPassContext } from '../passes/pass-context';
import type { Metadata } from '../metadata/read-metadata';
import { isDateline, removeHeaderDuplicates, scanHeader } from './remove-header-duplicates';
import { EN_PARA, HI_PARA, mutate } from '../passes/noise-test-utils';

const META: Metadata = {
  title: 'The council extends the tram line north', byline: '', desk: '', published: null, modified: null, siteName: '',
  lang: 'en', dir: 'ltr', description: '', leadImage: null, articleBody: '',
};
const runHeadings = (body: string): string => {
  const root = new JSDOM(`<!DOCTYPE html><body><div id="r">${body}</div></body>`).window.document.getElementById('r')!;
  removeHeaderDuplicates(root, createPassContext('', { mutate: true }), META);
  return root.innerHTML;
};
const P = '<p>The city council voted on Tuesday to extend the tram line to the northern suburbs.</p>';

describe('removeHeaderDuplicates', () => {
  it('removes the title among the first three h1/h2 headings, in document order', () => {
    expect(runHeadings(`<h2>Section one</h2><h2>Section two</h2><h1>The council extends the tram line north</h1>${P}`)).toBe(`<h2>Section one</h2><h2>Section two</h2>${P}`);
  });

  it('leaves the title alone when it is the fourth heading', () => {
    const body = `<h2>One</h2><div><h2>Two</h2></div><h2>Three</h2><h2>The council extends the tram line north</h2>${P}`;
    expect(runHeadings(body)).toBe(body);
  });

  it('removes a plain block that opens the body and says exactly the title, and keeps one that says more', () => {
    expect(runHeadings(`<p class="titulo"> The council extends the tram line north </p>${P}`)).toBe(P);
    const more = `<p>The council extends the tram line north, and the bus network too</p>${P}`;
    expect(runHeadings(more)).toBe(more);
    const later = `${P}<p>The council extends the tram line north</p>`;
    expect(runHeadings(later)).toBe(later);
  });

  it("keeps that block on a page that is not an article (a listing's section name)", () => {
    const root = new JSDOM(`<!DOCTYPE html><body><div id="r"><p>The council extends the tram line north</p>${P}</div></body>`).window.document.getElementById('r')!;
    removeHeaderDuplicates(root, createPassContext('', { mutate: true, pageKind: 'other' }), META);
    expect(root.textContent).toContain('tram line north');
  });

  it('removes a lone h1 at the start even when it is not the title, and keeps two', () => {
    expect(runHeadings(`<h1>Tram news</h1>${P}`)).toBe(P);
    const two = `<h1>Tram news</h1>${P}<h1>More</h1>`;
    expect(runHeadings(two)).toBe(two);
  });
});

const meta = (over: Partial<Metadata> = {}): Metadata => ({ ...META, title: 'Bus network grows', published: '2018-02-16', ...over });
const run = (html: string, m = meta()) => mutate((root, ctx) => removeHeaderDuplicates(root, ctx, m), html);

describe('removeHeaderDuplicates: dateline rows', () => {
  it('drops unnamed dateline rows at the top of the body', () => {
    const r = run(
      `<div><p>Posted: Fri 6:45 PM, Feb 16, 2018 |</p><p>Updated: Sat 8:31 PM, Feb 17, 2018</p></div>` +
        `<div>by <a href="/a">Karina Cohen</a> | May 19, 2024</div><p>${EN_PARA}</p>`,
      meta({ byline: 'Karina Cohen' }),
    );
    expect(r.text).not.toContain('2018');
    expect(r.text).not.toContain('Karina');
    expect(r.text).toContain('bus network');
  });

  it('drops a Hindi dateline and a reading-time row', () => {
    const r = run(`<p>अपडेटेड रविवार, 15 फ़रवरी 2026 शाम 6:31 बजे</p><div>December 15, 2025 · 8 min read</div><p>${HI_PARA}</p>`);
    expect(r.text).not.toContain('अपडेटेड');
    expect(r.text).not.toContain('min read');
    expect(r.text).toContain('स्टार्टअप्स');
  });

  it('reads a dateline whose source indentation left tabs in its text', () => {
    const r = run(`<div><span>Posted: <span>Fri 6:45 PM, Feb 16, 2018</span></span>\n\t\t\t\t<span> | </span></div><p>${EN_PARA}</p>`);
    expect(r.text).not.toContain('Posted');
    expect(r.text).toContain('bus network');
  });

  it('keeps date rows on pages that are not articles (a forum post, a day of a schedule)', () => {
    const r = mutate((root, ctx) => removeHeaderDuplicates(root, { ...ctx, pageKind: 'forum' }, meta()), `<div>Posted: Fri 6:45 PM, Feb 16, 2018</div><p>${EN_PARA}</p>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps the dateline when the metadata has no date (it is then the only one the reader shows)', () => {
    const r = run(`<div>Posted: Fri 6:45 PM, Feb 16, 2018</div><p>${EN_PARA}</p>`, meta({ published: null }));
    expect(r.removed).toEqual([]);
  });

  it('keeps dated sentences, table rows and dates further down', () => {
    const r = run(
      `<p>As of July 31, 2025, the FDA has received reports.</p><p>Lee Miller, Tate Britain, October 2, 2025</p>` +
        `<p>1/1/2013\t+13.1%</p><p>${EN_PARA}</p><p>Updated: Sat 8:31 PM, Feb 17, 2018</p>`,
    );
    expect(r.removed).toEqual([]);
  });
});

describe('isDateline', () => {
  it('allows a source label but not prose', () => {
    expect(isDateline('Updated Dec. 23, 2024, 1:24 PM EST / Source: TODAY')).toBe(true);
    expect(isDateline('The meeting on May 2, 2024 went well')).toBe(false);
    expect(isDateline('No date here at all')).toBe(false);
  });
});

describe('scanHeader', () => {
  it('finds what the queries and the name test it replaces found, on generated trees', () => {
    const BYLINE = /(^|[\s_-])(byline|by-line|author|authors|writer|dateline|timestamp|publish(ed)?-?(date|time|on)?|posted-?on|article-?meta|story-?meta|meta-?data|date)([\s_-]|$)/i;
    let seed = 3;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const tags = ['div', 'p', 'span', 'h1', 'h2', 'address', 'time', 'a', 'section'];
    const attrs: Array<[string, string]> = [['class', 'byline'], ['class', ''], ['id', 'post-date'], ['id', 'x'], ['rel', 'Author'], ['rel', 'nofollow'], ['itemprop', 'author'], ['class', 'entry-meta'], ['data-x', 'date']];
    for (let i = 0; i < 200; i++) {
      const doc = new JSDOM('<!doctype html><body></body>').window.document;
      const root = doc.createElement('div');
      doc.body.append(root);
      const els: Element[] = [root];
      for (let n = rand(50); n > 0; n--) {
        const el = doc.createElement(tags[rand(tags.length)]);
        for (let k = rand(3); k > 0; k--) {
          const [name, value] = attrs[rand(attrs.length)];
          el.setAttribute(name, value);
        }
        els[rand(els.length)].append(el);
        els.push(el);
      }
      const { headings, named } = scanHeader(root);
      const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((e, k) => e === b[k]);
      expect(same(headings, [...root.querySelectorAll('h1, h2')])).toBe(true);
      // The former scan's list (the selector query with `i` lists elements out of document order under jsdom).
      const before = [...root.querySelectorAll('*')].filter((el) => el.localName === 'address' || el.localName === 'time' || el.hasAttribute('class') || el.hasAttribute('id') || el.getAttribute('rel')?.toLowerCase() === 'author');
      const expected = before.filter((el) => {
        const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
        const tag = el.localName;
        return BYLINE.test(names) || tag === 'address' || (tag === 'time' && el.parentElement === root);
      });
      expect(same(named, expected), root.innerHTML).toBe(true);
    }
  });
});
