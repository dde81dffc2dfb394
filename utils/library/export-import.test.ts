import { describe, expect, it } from 'vitest';
import { exportJson } from './export-json';
import { parseOtherJson, parseSaarJson } from './import-json';
import { articleToMarkdown, libraryToMarkdown } from './export-markdown';
import { articlesToHtml } from './export-html';
import { parsePocketCsv, parsePocketHtml } from './import-pocket';
import { parseInstapaperCsv } from './import-instapaper';
import { parseCsv } from './csv';
import { sampleResult } from './testing';
import type { LibraryArticle } from './types';

function art(over: Partial<LibraryArticle> = {}): LibraryArticle {
  return {
    id: 'id-1', url: 'https://news.example/a/budget?x=1', canonicalUrl: 'https://news.example/a/budget?x=1', title: 'Council "approves" budget',
    siteName: 'Example News', byline: 'Asha Rao', savedAt: 1_700_000_000_123, updatedAt: 1_700_000_500_000, readingMinutes: 3,
    summary: 'The council passed the budget.', status: 'read', favourite: 1, tags: ['civic', 'नगर'], readingPosition: 0.4375,
    result: sampleResult(), lang: 'en', ...over,
  };
}
const hindi = art({
  id: 'id-2', url: 'https://hi.example/sansad', canonicalUrl: 'https://hi.example/sansad', title: 'संसद में बजट पेश', byline: 'राम',
  summary: 'वित्त मंत्री ने बजट पेश किया।', status: 'unread', favourite: 0, tags: [], readingPosition: 0, lang: 'hi',
  result: sampleResult({ url: 'https://hi.example/sansad', lang: 'hi', title: 'संसद में बजट पेश', contentHtml: '<p>किसानों के लिए <strong>नई</strong> योजना।</p>', leadImage: null, summary: null }),
});
const pending = art({ id: 'id-3', url: 'https://p.example/x', canonicalUrl: 'https://p.example/x', result: null, summary: '', lang: '' });

describe('Saar JSON', () => {
  it('round-trips exactly (deep equality, including Hindi, pending items and odd numbers)', () => {
    const list = [art(), hindi, pending];
    const back = parseSaarJson(exportJson(list));
    expect(back).toEqual(list);
    expect(JSON.stringify(back)).toBe(JSON.stringify(list));
  });
  it('rejects other files and malformed records', () => {
    expect(() => parseSaarJson('{"articles":[]}')).toThrow(/Not a Saar/);
    const bad = JSON.parse(exportJson([art()]));
    bad.articles[0].status = 'gone';
    expect(() => parseSaarJson(JSON.stringify(bad))).toThrow(/Article 1/);
  });
});

describe('Markdown export', () => {
  it('writes front matter and converts the body', () => {
    const md = articleToMarkdown(art());
    expect(md.startsWith('---\ntitle: "Council \\"approves\\" budget"\nauthor: "Asha Rao"\n')).toBe(true);
    expect(md).toContain('url: "https://news.example/a/budget?x=1"');
    expect(md).toContain('tags: ["civic", "नगर"]');
    expect(md).toContain('date: "2026-11-20T08:00:00Z"');
    expect(md).toContain('> The council passed the budget.');
    expect(md).toContain('The council approved the new budget on Monday.\n\nSchools get more money.');
    const hmd = articleToMarkdown(hindi);
    expect(hmd).toContain('किसानों के लिए **नई** योजना।');
  });
  it('exports a whole library with one front matter per article', () => {
    const md = libraryToMarkdown([art(), hindi, pending]);
    expect(md.match(/^title: /gm)).toHaveLength(3);
    expect(md).toContain('[https://p.example/x](https://p.example/x)');
  });
});

describe('HTML export', () => {
  it('is one self-contained file with escaped metadata and no scripts', () => {
    const html = articlesToHtml([art({ title: '<script>alert(1)</script>' }), hindi]);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<article lang="hi" dir="ltr">');
    expect(html).toContain('<strong>नई</strong>');
    expect(html).not.toMatch(/<link\b/i);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('article')).toHaveLength(2);
  });
});

describe('imports from other services', () => {
  it('parses CSV with quotes, commas and newlines', () => {
    expect(parseCsv('a,b\n"x, ""y""","line1\nline2"\r\n')).toEqual([['a', 'b'], ['x, "y"', 'line1\nline2']]);
  });

  it('Pocket HTML: sections, tags, time_added', () => {
    const html = `<!DOCTYPE html><html><body><h1>Unread</h1><ul>
      <li><a href="https://a.example/1" time_added="1600000000" tags="news,tech">First</a></li></ul>
      <h1>Read Archive</h1><ul><li><a href="https://a.example/2" time_added="1500000000" tags="">Second</a></li>
      <li><a href="javascript:alert(1)">bad</a></li></ul></body></html>`;
    expect(parsePocketHtml(html)).toEqual([
      { url: 'https://a.example/1', title: 'First', tags: ['news', 'tech'], status: 'unread', favourite: false, savedAt: 1600000000000 },
      { url: 'https://a.example/2', title: 'Second', tags: [], status: 'archived', favourite: false, savedAt: 1500000000000 },
    ]);
  });

  it('Pocket CSV', () => {
    const csv = 'title,url,time_added,tags,status\n"A, b",https://a.example/1,1600000000,x|y,unread\nC,https://a.example/2,1500000000,,archive\n';
    expect(parsePocketCsv(csv)).toEqual([
      { url: 'https://a.example/1', title: 'A, b', tags: ['x', 'y'], status: 'unread', favourite: false, savedAt: 1600000000000 },
      { url: 'https://a.example/2', title: 'C', tags: [], status: 'archived', favourite: false, savedAt: 1500000000000 },
    ]);
  });

  it('Instapaper CSV: folders become state or tags', () => {
    const csv = 'URL,Title,Selection,Folder,Timestamp\nhttps://i.example/1,One,,Unread,1600000000\nhttps://i.example/2,Two,"sel",Archive,1600000001\nhttps://i.example/3,तीन,,Starred,1600000002\nhttps://i.example/4,Four,,Cooking,1600000003\n';
    const links = parseInstapaperCsv(csv);
    expect(links.map((l) => [l.title, l.status, l.favourite, l.tags])).toEqual([
      ['One', 'unread', false, []],
      ['Two', 'archived', false, []],
      ['तीन', 'unread', true, []],
      ['Four', 'unread', false, ['Cooking']],
    ]);
    expect(links[0].savedAt).toBe(1600000000000);
  });

  it('Wallabag and Omnivore JSON', () => {
    const wallabag = JSON.stringify([{ id: 1, title: 'W', url: 'https://w.example/1', is_archived: 1, is_starred: 1, tags: ['a'], created_at: '2024-01-02T03:04:05+00:00' }]);
    expect(parseOtherJson(wallabag)).toEqual([{ url: 'https://w.example/1', title: 'W', tags: ['a'], status: 'archived', favourite: true, savedAt: Date.parse('2024-01-02T03:04:05Z') }]);
    const omnivore = JSON.stringify([{ id: 'x', title: 'O', url: 'https://o.example/1', state: 'SUCCEEDED', labels: [{ name: 'l1' }, 'l2'], savedAt: '2024-02-01T00:00:00.000Z', readingProgressPercent: 100 }]);
    expect(parseOtherJson(omnivore)).toEqual([{ url: 'https://o.example/1', title: 'O', tags: ['l1', 'l2'], status: 'read', favourite: false, savedAt: Date.parse('2024-02-01T00:00:00Z') }]);
  });
});

describe('self-contained HTML with stored pictures', () => {
  it('embeds stored pictures as data: URLs and leaves the others as links', () => {
    const a = art({ result: sampleResult({ contentHtml: '<p>x</p><img src="/img/a.png" srcset="/img/a-2x.png 2x"><img src="https://cdn.example/b.jpg">' }) });
    const html = articlesToHtml([a], 'L', [{ id: 'p', articleId: a.id, src: 'https://news.example/img/a.png', type: 'image/png', data: 'AAEC' }]);
    expect(html).toContain('<img src="data:image/png;base64,AAEC">');
    expect(html).toContain('<img src="https://cdn.example/b.jpg">');
    expect(html).not.toContain('a-2x.png');
    // Without stored pictures the body is exactly the stored HTML.
    expect(articlesToHtml([a])).toContain(a.result!.contentHtml);
  });

  it('puts a stored lead picture at the top, with its caption as text', () => {
    const a = art({ result: sampleResult({ contentHtml: '<p>Body</p>' }) });
    const html = articlesToHtml([a], 'L', [{ id: 'l', articleId: a.id, src: 'https://news.example/img/a.jpg', type: 'image/jpeg', data: 'AAEC' }]);
    expect(html).toContain('<figure><img src="data:image/jpeg;base64,AAEC" alt="Council hall"><figcaption>The hall · Photo: A.</figcaption></figure><p>Body</p>');
  });
});
