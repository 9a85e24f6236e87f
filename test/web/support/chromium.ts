import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, as .ci/run installs it; the machine reaches no network beyond its npm registry. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Browser suites run where Chromium is installed; elsewhere they are skipped, and say why. */
export const describeInChromium = (name: string, suite: () => void): void => {
  if (existsSync(CHROMIUM)) {
    describe(name, suite);
    return;
  }
  process.stdout.write(`\n[sijill] browser suite "${name}" SKIPPED: ${CHROMIUM} is missing (apt-get install chromium; .ci/run does)\n`);
  describe.skip(`${name} (skipped: ${CHROMIUM} is missing)`, suite);
};

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per launch, so no cache, cookie or stored key leaks from one run into the next. */
export const launchChromium = async (): Promise<Browser> => {
  const profile = mkdtempSync(join(tmpdir(), 'sijill-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'ar-MA',
    timezoneId: 'Africa/Casablanca',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
