import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The shape of tests/fixtures/<name>/expected.json (see tests/fixtures/README.md). */
export interface FixtureExpected {
  url: string;
  isArticle: boolean;
  fields?: Record<string, string>;
  mustInclude?: string[];
  mustNotInclude?: string[];
  summaryIncludes?: string[];
  /** Markup that must survive into contentHtml (e.g. "<pre", "<math"). */
  htmlIncludes?: string[];
  leadImage?: Record<string, string> | null;
}

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Names of fixture folders (those holding both source.html and expected.json), sorted. */
export function listFixtures(dir = FIXTURES_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'expected.json')) && fs.existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function readExpected(name: string, dir = FIXTURES_DIR): FixtureExpected {
  return JSON.parse(fs.readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as FixtureExpected;
}

/** Parse the fixture page with JSDOM at its URL. Scripts never run, nothing is fetched. */
export function loadFixture(name: string, dir = FIXTURES_DIR) {
  const expected = readExpected(name, dir);
  const html = fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { url: expected.url, virtualConsole: new VirtualConsole() });
  return { name, html, expected, dom, doc: dom.window.document };
}

/** Collapse whitespace so line breaks in the page do not decide a comparison. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Check one expected field against an actual value: `key` (exact), `keyIncludes` (substring) or
 * `keyStartsWith` (prefix). Returns the base key and a message when it does not hold.
 */
export function checkField(key: string, want: string, read: (base: string) => unknown): string | null {
  const m = /^(.*?)(Includes|StartsWith)?$/.exec(key)!;
  const base = m[1];
  const got = norm(String(read(base) ?? ''));
  const w = norm(want);
  const ok = m[2] === 'Includes' ? got.includes(w) : m[2] === 'StartsWith' ? got.startsWith(w) : got === w;
  return ok ? null : `${key}: expected ${JSON.stringify(w)}, got ${JSON.stringify(got)}`;
}
