import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { App } from '../../src/app.js';
import { startTestApp } from '../harness.js';
import { loadConfig } from '../../src/config.js';

/** Debian's chromium (no browser downloads here); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

/** Outside CI a machine without Chromium skips the browser tests; in CI they must run. */
export const browserAvailable = !!chromiumPath || process.env.CI === 'true';
// a skip that says why: the suites below are skipped, not passed
if (!browserAvailable) console.warn('browser tests skipped: no Chromium here (apt-get install -y chromium, or set CHROMIUM_PATH); CI requires them');

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // the network here is closed: keep Chromium from calling home
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}


/** The browser tests drive the built client the server serves. */
export function requireBuiltClient(): void {
  const dist = loadConfig().clientDist;
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`Build the client first (${dist}): pnpm --filter @schetovod/client build`);
}

/** Signs in through the login form and waits for the app shell. */
export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('app-shell').waitFor({ timeout: 15_000 });
}

/**
 * Registers the setup of a browser suite: the built client served by a real server on a fresh
 * database, and one Chromium; both are ready inside the tests.
 */
export function browserSuite(): { app: App; browser: Browser } {
  const suite = {} as { app: App; browser: Browser };
  beforeAll(async () => {
    requireBuiltClient();
    suite.app = await startTestApp();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}
