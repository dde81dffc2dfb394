import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchPage } from './data';
import { htmlToText } from './html-text';
import { READABILITY_OWN_TEXT, runPage } from './runner';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saar-bench-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story tells readers about the river, the town and the people who live beside it, at length.</p>`).join('');
const html = `<!doctype html><html lang="en"><head><title>River town story | Example</title>
<meta property="og:title" content="River town story"><meta name="author" content="Asha Rao">
<meta property="article:published_time" content="2025-03-02T08:00:00+05:30"></head>
<body><nav><a href="/">Home</a> <a href="/a">World</a></nav><article><h1>River town story</h1>${body}</article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>`;

function page(set: 'aeb' | 'wcxb'): BenchPage {
  const htmlPath = path.join(dir, `${set}.html.gz`);
  fs.writeFileSync(htmlPath, zlib.gzipSync(html));
  const text = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the story tells readers about the river, the town and the people who live beside it, at length.`).join('\n');
  return {
    set,
    id: `t-${set}`,
    url: 'https://news.example/river',
    htmlPath,
    truth: set === 'aeb' ? { text, type: 'article' } : { text, type: 'article', title: 'River town story', author: 'Asha Rao', published: '2025-03-02' },
  };
}

describe('htmlToText', () => {
  it('keeps block boundaries and drops markup', () => {
    expect(htmlToText('<div><p>One</p><p>Two <b>bold</b></p></div>')).toBe('One\nTwo bold');
    expect(htmlToText('')).toBe('');
  });
});

describe('runPage', () => {
  it('runs every extractor on one parsed page and scores it', () => {
    const rec = runPage(page('aeb'), ['saar', 'readability', 'defuddle'], 0);
    expect(Object.keys(rec.results).sort()).toEqual(['defuddle', 'readability', READABILITY_OWN_TEXT, 'saar'].sort());
    for (const r of Object.values(rec.results)) {
      expect(r.error).toBeUndefined();
      expect(r.counts).toBeDefined();
      expect(r.ms).toBeGreaterThanOrEqual(0);
    }
    // Readability finds this plain article; its recall must be high.
    expect(rec.results.readability.recall).toBeGreaterThan(0.9);
    expect(rec.results.saar.cloneMs).toBe(0);
    expect(rec.detect.readability).toBeTypeOf('boolean');
    expect(rec.detect.saar).toBeTypeOf('boolean');
    expect(rec.parseMs).toBeGreaterThan(0);
  });
  it('checks metadata against WCXB ground truth', () => {
    const rec = runPage(page('wcxb'), ['readability', 'defuddle'], 1);
    expect(rec.results.defuddle.title).toBe(true);
    expect(rec.results.defuddle.author).toBe(true);
    expect(rec.results.defuddle.date).toBe(true);
    expect(rec.results.readability.f1).toBeGreaterThan(0.9);
    expect(rec.results.readability.counts).toBeUndefined();
  });
});
