import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (no browser downloads here); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

/** Outside CI a machine without Chromium skips the browser tests; in CI they must run. */
export const browserAvailable = !!chromiumPath || process.env.CI === 'true';

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // the network here is closed: keep Chromium from calling home
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
