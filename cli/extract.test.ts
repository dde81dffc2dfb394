// Spawns the CLI as users run it (node --import tsx cli/extract.ts) on temporary files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..');
let dir = '';

const PARAS = [
  'The river rose faster than anyone in the valley had seen in forty years, and by the time the sirens sounded the water had already reached the market square.',
  'Residents who stayed behind described a long night of carrying furniture upstairs, checking on neighbours and listening to the radio for news of the dam.',
  'Engineers from the regional authority said on Saturday that the embankments built after the last great flood had done their work, but the centre remained exposed.',
  'Shopkeepers began clearing mud from their floors as soon as the water receded, and volunteers from nearby villages arrived with shovels, pumps and soup.',
  'The mayor said the council would ask the national government for emergency funds and would publish a plan for rebuilding the riverside walls before spring.',
];

/** An article page as bytes: ASCII markup around `special` bytes in the declared encoding. */
function page(head: string, special: Buffer, title = 'River towns rebuild'): Buffer {
  const a = Buffer.from(`<!DOCTYPE html><html lang="en"><head>${head}<title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>Quote: `, 'latin1');
  const b = Buffer.from(`</p><p>The council published <a href="/world/gauges">the gauge readings</a> for every town along the river on Sunday.</p></article></body></html>`, 'latin1');
  return Buffer.concat([a, special, b]);
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/extract.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
  return { code: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saar-cli-'));
  writeFileSync(join(dir, 'utf8.html'), page('<meta charset="utf-8">', Buffer.from('नदी उफान पर', 'utf8')));
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(page('<meta charset="utf-8">', Buffer.from('gzipped café', 'utf8'))));
  // “smart quotes” and the euro sign are bytes 0x93 0x94 0x80 in windows-1252.
  writeFileSync(join(dir, 'cp1252.html'), page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x35, 0x80])));
  writeFileSync(join(dir, 'sjis.html'), page('<meta charset="Shift_JIS">', Buffer.from('93fa967b8cea', 'hex')));
  writeFileSync(join(dir, 'cp1251.html'), page('<meta charset="windows-1251">', Buffer.from('cff0e8e2e5f2', 'hex')));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'list.tsv'), `# file<TAB>url\n${join(dir, 'utf8.html')}\thttps://news.example.org/a/b/story\n\n${join(dir, 'missing.html')}\thttps://news.example.org/x\n${join(dir, 'cp1251.html')}\n`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Each spawn starts node + tsx (seconds on a busy machine): generous timeouts.
const SPAWN_TIMEOUT = 180_000;

describe('cli/extract', () => {
  it('prints one JSON line per input, in order, with errors for bad inputs, and exits 1', () => {
    const files = ['utf8.html', 'page.html.gz', 'cp1252.html', 'sjis.html', 'cp1251.html', 'missing.html', 'empty.html', 'binary.html'].map((f) => join(dir, f));
    const { code, lines, stderr } = run(['--url', 'https://news.example.org/world/flood', ...files]);
    expect(code).toBe(1);
    expect(lines.map((l) => l.file)).toEqual(files);
    const [utf8, gz, cp1252, sjis, cp1251, missing, empty, binary] = lines;
    expect(utf8.textContent).toContain('नदी उफान पर');
    expect(gz.textContent).toContain('gzipped café');
    expect(cp1252.textContent).toContain('“café” 5€');
    expect(sjis.textContent).toContain('日本語');
    expect(cp1251.textContent).toContain('Привет');
    for (const ok of [utf8, gz, cp1252, sjis, cp1251]) {
      expect(ok.error).toBeUndefined();
      expect(ok.title).toBe('River towns rebuild');
      expect(typeof ok.isArticle).toBe('boolean');
      expect(['article', 'other', 'forum']).toContain(ok.pageKind);
      expect(typeof ok.score).toBe('number');
      expect(ok.wordCount).toBeGreaterThan(100);
      expect(ok.readingMinutes).toBeGreaterThan(0);
      expect(ok.contentHtml).toContain('<p>');
      // --url resolves links.
      expect(ok.contentHtml).toContain('href="https://news.example.org/world/gauges"');
      for (const k of ['byline', 'published', 'siteName', 'lang', 'summary', 'leadImage']) expect(k in ok).toBe(true);
      expect('removed' in ok).toBe(false);
    }
    expect(missing).toEqual({ file: files[5], error: 'file not found' });
    expect(empty).toEqual({ file: files[6], error: 'empty file' });
    expect(binary.error).toMatch(/binary/);
    expect(stderr).toMatch(/3 of 8 input\(s\) failed/);
  }, SPAWN_TIMEOUT);

  it('list mode reads FILE<TAB>URL lines; --debug adds removals', () => {
    const { code, lines } = run(['--debug', '--list', join(dir, 'list.tsv')]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0].contentHtml).toContain('href="https://news.example.org/world/gauges"');
    expect(Array.isArray(lines[0].removed)).toBe(true);
    expect(lines[1].error).toBe('file not found');
    expect(lines[2].textContent).toContain('Привет');
    // No URL known: links stay relative.
    expect(lines[2].contentHtml).toContain('href="/world/gauges"');
  }, SPAWN_TIMEOUT);

  it('exits 0 when every input succeeds, keeping the path exactly as given', () => {
    const { code, lines } = run([join(dir, 'utf8.html'), `${dir}//utf8.html`]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'utf8.html'), `${dir}//utf8.html`]);
  }, SPAWN_TIMEOUT);

  it('bad arguments print usage and exit 2', () => {
    for (const args of [[], ['--bogus', 'x.html'], ['--url'], ['--url', 'not a url', 'x.html'], ['--list', join(dir, 'no-such-list.tsv')]]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: npm run -s extract/);
      expect(r.stdout).toBe('');
    }
  }, SPAWN_TIMEOUT);
});
