// Launching Debian's Chromium through playwright-core (never a downloaded browser). Without
// Chromium the browser tests are skipped with a clear reason, except under CI=true where a
// missing browser is a failure.
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestPortal } from '../helpers/portal.ts';

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

/** Serves the portal on a loopback port and starts Chromium; screenshots go to artifactsDir. */
export async function serveAndLaunch(portal: TestPortal): Promise<{ browser: Browser; base: string }> {
  await portal.app.listen({ host: '127.0.0.1', port: 0 });
  const address = portal.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fs.mkdirSync(artifactsDir, { recursive: true });
  return { browser: await launchBrowser(), base };
}

/** Axe's serious and critical violations of the page (WCAG 2.1 A/AA and best practices). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
