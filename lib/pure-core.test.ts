// The extraction core runs unchanged in a content script, the CLI, the benchmark and the tests:
// standard DOM only. This fails when a file in lib/ reaches for something only one of them has.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = import.meta.dirname;
/** Helpers that only tests import (they build jsdom pages). */
const TEST_HELPERS = /(?:test-utils|test-page)\.ts$/;
const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bprocess\s*\.\s*(env|argv|exit|cwd)\b/, 'Node globals (no `process` in a browser tab)'],
  [/\b(browser|chrome)\s*\.\s*(runtime|storage|tabs|scripting|i18n)\b/, 'extension APIs'],
  [/from\s+['"](preact|wxt|webextension-polyfill|node:[a-z]+|jsdom)[/'"]/, 'framework, Node or jsdom imports'],
  [/\brequire\s*\(/, 'CommonJS require'],
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.ts$/.test(d.name) && !/\.test\.ts$/.test(d.name) && !TEST_HELPERS.test(d.name) ? [p] : [];
  });
}

describe('lib/ is a pure core', () => {
  it('uses no Node globals, extension APIs or framework imports outside tests', () => {
    const offenders: string[] = [];
    for (const file of sources(LIB)) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [re, what] of FORBIDDEN) if (re.test(line)) offenders.push(`${path.relative(LIB, file)}:${i + 1}: ${what}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('checks real files (so it cannot pass vacuously)', () => {
    expect(sources(LIB).length).toBeGreaterThan(50);
  });
});
