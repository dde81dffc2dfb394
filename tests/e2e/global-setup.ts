// Install the browsers when missing (Debian packages; needs root), as the e2e brief asks.
import { execSync } from 'node:child_process';
import { chromiumPath, firefoxPath } from './browsers';

export default function setup(): void {
  if (chromiumPath() && firefoxPath()) return;
  if (process.getuid?.() !== 0) {
    console.warn('[e2e] Chromium/Firefox missing and not root: run `apt-get install -y chromium firefox-esr fonts-noto-core`; browser tests will be skipped.');
    return;
  }
  try {
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr fonts-noto-core', { stdio: 'inherit', timeout: 15 * 60 * 1000 });
  } catch (err) {
    console.warn('[e2e] could not install browsers; browser tests will be skipped:', String(err));
  }
}
