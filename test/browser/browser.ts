// Launching Debian's Chromium through playwright-core (never a downloaded browser). Without
// Chromium the browser tests are skipped with a clear reason, except under CI=true where a
// missing browser is a failure.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(chromiumPath);

if (!available && process.env.CI === 'true') {
  throw new Error(`Chromium is required under CI=true but ${chromiumPath} does not exist (apt-get install -y chromium)`);
}

export const browserSkipReason = available ? false : `browser tests skipped: ${chromiumPath} not found (apt-get install -y chromium)`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const artifactsDir = 'test-artifacts/screenshots';
