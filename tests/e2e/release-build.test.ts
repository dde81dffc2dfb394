// The release build must not carry the test hook; the Firefox build must pass web-ext lint.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './server';

const OUT = path.join(REPO_ROOT, '.output');
const RELEASE = { chrome: path.join(OUT, 'chrome-mv3'), firefox: path.join(OUT, 'firefox-mv3') };
const TEST_BUILD = path.join(OUT, 'chrome-mv3-e2e');
const WXT = path.join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
/** Strings only the test hook has. */
const TEST_ONLY = ['saar-e2e', 'e2e-hook', 'saar:e2e', '127.0.0.1'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

function ensureBuilt(dir: string, args: string[]): void {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) execFileSync(WXT, ['build', ...args], { cwd: REPO_ROOT, stdio: 'inherit' });
}

describe('builds', () => {
  beforeAll(() => {
    ensureBuilt(RELEASE.chrome, []);
    ensureBuilt(RELEASE.firefox, ['-b', 'firefox']);
    ensureBuilt(TEST_BUILD, ['--mode', 'e2e']);
  }, 180000);

  for (const [name, dir] of Object.entries(RELEASE)) {
    it(`${name} release build has no test hook and no host permission`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
      expect(manifest.commands?.['toggle-reader']?.suggested_key?.default).toBe('Alt+Shift+R');
      for (const file of files(dir)) {
        const text = fs.readFileSync(file, 'latin1');
        for (const s of TEST_ONLY) expect(text.includes(s), `${path.relative(dir, file)} contains ${s}`).toBe(false);
      }
      expect(fs.existsSync(path.join(dir, 'content-scripts', 'reader.js'))).toBe(true);
      expect(fs.existsSync(path.join(dir, '_locales', 'hi', 'messages.json'))).toBe(true);
    });
  }

  for (const [name, dir] of Object.entries({ ...RELEASE, 'chrome test': TEST_BUILD })) {
    it(`${name} build: extension pages have a strict Content-Security-Policy`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      const csp = manifest.content_security_policy?.extension_pages;
      expect(typeof csp, 'content_security_policy.extension_pages').toBe('string');
      const directives = new Map<string, string[]>();
      for (const part of String(csp).split(';').map((p) => p.trim()).filter(Boolean)) {
        const [key, ...values] = part.split(/\s+/);
        directives.set(key, values);
      }
      // Only our own bundled scripts: no inline, eval, wasm, remote or dev-server sources.
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('form-action')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('frame-src')).toEqual(["'none'"]);
      // Workers fall back to script-src.
      expect(directives.has('worker-src')).toBe(false);
    });
  }

  it('the test build does carry the hook (so the check above means something)', () => {
    const all = files(TEST_BUILD).map((f) => fs.readFileSync(f, 'latin1')).join('\n');
    expect(all).toContain('saar-e2e');
    const manifest = JSON.parse(fs.readFileSync(path.join(TEST_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('firefox manifest has a gecko id', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(RELEASE.firefox, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('saar@saar.example');
  });

  it('web-ext lint finds no errors in the Firefox build', () => {
    const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'web-ext');
    const res = spawnSync(bin, ['lint', '--source-dir', RELEASE.firefox, '--output', 'json', '--no-input'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120000 });
    const json = res.stdout.slice(res.stdout.indexOf('{'));
    const report = JSON.parse(json) as { summary: { errors: number; warnings: number }; errors: Array<{ code: string; message: string; file?: string }> };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 150000);

  it('locales en and hi have the same keys, none empty', () => {
    const read = (loc: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public', '_locales', loc, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const en = read('en');
    const hi = read('hi');
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(hi)) expect(v.message.trim(), k).not.toBe('');
  });
});
