// Page-derived HTML reaches the DOM through lib/sanitize/ only. This scans the extension and core
// sources for raw-HTML sinks and fails on any use outside lib/sanitize/ and the allow-list below.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..', '..');
const SCANNED_DIRS = ['entrypoints', 'components', 'utils', 'lib'];
const SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment)\b|\bdocument\.write(?:ln)?\s*\(/;

/**
 * Files allowed to name a sink, and why. Each only handles output of the sanitizer, or reads
 * (never writes) the serialization of an inert copy on its way into the sanitizer.
 */
const ALLOWED: Record<string, string> = {
  'lib/extract/extract-article.ts': 'reads root.innerHTML of the inert copy to pass it to sanitizeHtml',
  'utils/insert-html.ts': 'mentions innerHTML in a comment only; inserts sanitizeToFragment output with replaceChildren',
  'utils/library/offline-images.ts': 'reads body.innerHTML of an inert DOMParser copy of stored (already sanitized) contentHtml after pointing <img> at stored pictures; display re-sanitizes it through insertSanitizedHtml',
  'lib/passes/noise-test-utils.ts': 'test helper (not shipped): reads outerHTML to prove mark mode leaves the page unchanged',
};

/** Test files build fixtures for jsdom and are not shipped; they are not scanned. */
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

function walk(dir: string, out: string[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(?:ts|tsx|js|jsx|mjs|vue|html)$/.test(name)) out.push(p);
  }
  return out;
}

describe('raw HTML sinks', () => {
  it('appear only in lib/sanitize/ and the documented allow-list', () => {
    const offenders: string[] = [];
    for (const d of SCANNED_DIRS) {
      for (const file of walk(join(REPO, d), [])) {
        const rel = relative(REPO, file).split('\\').join('/');
        if (rel.startsWith('lib/sanitize/') || isTest(rel) || rel in ALLOWED) continue;
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (SINKS.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offenders, `raw HTML sinks outside lib/sanitize/:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('the scan does find a sink (so it cannot pass vacuously)', () => {
    expect(SINKS.test('el.innerHTML = x')).toBe(true);
    expect(SINKS.test('el.insertAdjacentHTML("beforeend", x)')).toBe(true);
    expect(SINKS.test('<div dangerouslySetInnerHTML={{__html: x}} />')).toBe(true);
    expect(SINKS.test('el.textContent = x')).toBe(false);
  });
});
