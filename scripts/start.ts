// `npm start`: build the Chromium extension, serve the seed fixture page on 127.0.0.1, and open
// Chromium (with a window) with Saar loaded. Without Chromium or a display it says what to do.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startServer } from '../tests/e2e/server';
import { chromiumPath } from '../tests/e2e/browsers';

const SEED = 'news-hi--amarujala-seed';

async function main(): Promise<void> {
  const chromium = chromiumPath();
  if (!chromium) {
    console.log('Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-core`),');
    console.log('or set CHROMIUM_PATH=/path/to/chromium, then run `npm start` again.');
    console.log('You can also load .output/chrome-mv3 by hand: chrome://extensions → Developer mode → Load unpacked.');
    return;
  }
  console.log('Building the Chromium extension…');
  execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  const extDir = path.join(REPO_ROOT, '.output', 'chrome-mv3');

  const server = await startServer();
  const seedExists = fs.existsSync(path.join(REPO_ROOT, 'tests', 'fixtures', SEED, 'source.html'));
  const url = seedExists ? `${server.origin}/fixtures/${SEED}/` : `${server.origin}/pages/english-article.html`;
  console.log(`Serving ${url}`);
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No DISPLAY: Chromium cannot open a window here. Run `npm start` on a desktop session');
    console.log(`(or under xvfb-run), or load ${extDir} in a browser by hand and open a news page.`);
    await server.close();
    return;
  }
  {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'saar-start-'));
    const child = spawn(chromium, [`--user-data-dir=${profile}`, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-first-run', url], { stdio: 'inherit' });
    console.log('Chromium is open: press Alt+Shift+R, use the toolbar button, or the page context menu to toggle reader view.');
    child.on('exit', () => {
      fs.rmSync(profile, { recursive: true, force: true });
      void server.close().then(() => process.exit(0));
    });
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
