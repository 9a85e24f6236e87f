import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WEB_ROOT } from '../../src/infrastructure/web/web-root';
import { startTestApp, type TestApp } from '../support/test-app';
import { recordWorkedExample } from '../support/worked-example';
import { describeInChromium, launchChromium, type Browser } from './support/chromium';
import { builtDashboard } from './support/dashboard-build';

const JUNE_2021 = 'period=2021-06';

const tile = (page: Page, metric: string) => page.locator(`.tile[data-metric="${metric}"] .tile-value`);

describeInChromium('the dashboard in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  // SIJILL_SCREENSHOTS=docs/screenshots keeps them for the docs; by default they go to a temporary folder.
  let screenshots: string;
  const shoot = async (name: string) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    screenshots = process.env.SIJILL_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'sijill-screenshots-'));
    mkdirSync(screenshots, { recursive: true });
    app = await startTestApp('sqlite', undefined, { overrides: [[WEB_ROOT, builtDashboard()]] });
    await recordWorkedExample(app);
    await app.caughtUp();
    base = app.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    // Signed in as the test app's default principal: the dashboard keeps its key in localStorage.
    const key = (await app.authorization()).replace(/^Bearer /, '');
    await browser.context.addInitScript({ content: `localStorage.setItem('sijill.apiKey', ${JSON.stringify(key)});` });
    process.stdout.write(`\n[sijill] dashboard screenshots: ${screenshots}\n`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(async () => page.close());

  it('shows Fès-Meknès in Arabic, right to left, with one meeting and five resolutions in June 2021', async () => {
    await page.goto(`${base}/ar/overview?unit=fes-meknes&${JUNE_2021}`);
    await expect(tile(page, 'meetingsHeld').textContent()).resolves.toBe('1');
    expect(await tile(page, 'resolutionsAdopted').textContent()).toBe('5');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('h1').textContent()).toContain('الأمانة الجهوية لجهة فاس مكناس');
    expect(await page.getByTestId('summary-line').textContent()).toBe('اجتماع واحد و5 قرارات خلال يونيو 2021');
    expect(await page.locator('.period-name').textContent()).toBe('يونيو 2021');
    // Right to left: the brand sits at the right edge, the first tile on the right of the second.
    const [logo, first, second] = await Promise.all([page.locator('.logo').boundingBox(), page.locator('.tile').nth(0).boundingBox(), page.locator('.tile').nth(1).boundingBox()]);
    expect(logo!.x).toBeGreaterThan(1280 / 2);
    expect(first!.x).toBeGreaterThan(second!.x);
    await shoot('overview-ar');
  }, 30_000);

  it('drills from the party to Fès-Meknès and El Hajeb through the children table, and back up by the breadcrumb', async () => {
    await page.goto(`${base}/ar/overview?${JUNE_2021}`);
    // The address changes before the unit's answer arrives: wait for its heading, not just any heading.
    await page.locator('h1', { hasText: 'حزب الأصالة والمعاصرة' }).waitFor();
    await page.locator('table.children tr[data-unit="fes-meknes"] a').click();
    await page.locator('table.children tr[data-unit="el-hajeb"] a').click();
    await page.waitForURL(/unit=el-hajeb/);
    await page.locator('h1', { hasText: 'الأمانة العامة الإقليمية بإقليم الحاجب' }).waitFor();
    expect(await tile(page, 'meetingsHeld').textContent()).toBe('1');
    expect(await tile(page, 'resolutionsAdopted').textContent()).toBe('5');
    expect(await page.locator('.breadcrumb a').allTextContents()).toEqual(['حزب الأصالة والمعاصرة', 'الأمانة الجهوية لجهة فاس مكناس']);
    await page.locator('.breadcrumb a[data-unit="fes-meknes"]').click();
    await page.waitForURL(/unit=fes-meknes/);
    await page.locator('h1', { hasText: 'الأمانة الجهوية لجهة فاس مكناس' }).waitFor();
    await page.goBack();
    await page.waitForURL(/unit=el-hajeb/);
  }, 30_000);

  it('opens the El Hajeb meeting and shows its Arabic summary, agenda and resolutions', async () => {
    await page.goto(`${base}/ar/meetings?unit=fes-meknes&${JUNE_2021}`);
    await page.locator('li[data-meeting="el-hajeb-2021-06-07"] a.meeting-link').click();
    await page.waitForURL(/\/ar\/meetings\/el-hajeb-2021-06-07/);
    const summary = page.getByTestId('meeting-summary');
    await expect(summary.textContent()).resolves.toContain('عقدت الأمانة العامة الإقليمية لحزب الأصالةوالمعاصرة بإقليم الحاجب اجتماعا تنظيميا');
    expect(await summary.getAttribute('lang')).toBe('ar');
    expect(await page.locator('.resolutions-of-meeting li').count()).toBe(5);
    await expect(page.locator('.meeting').textContent()).resolves.toContain('محمد الحجيرة');
    await shoot('meeting-ar');
  }, 30_000);

  it('switches to French: French names, left to right, the same figures', async () => {
    await page.goto(`${base}/ar/overview?unit=fes-meknes&${JUNE_2021}`);
    await tile(page, 'meetingsHeld').waitFor();
    await page.locator('.languages a[lang="fr"]').click();
    await page.waitForURL(/\/fr\/overview\?unit=fes-meknes&period=2021-06/);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await expect(page.locator('h1').textContent()).resolves.toContain('Secrétariat régional Fès-Meknès');
    expect(await page.locator('.period-name').textContent()).toBe('juin 2021');
    expect(await page.locator('table.children tr[data-unit="el-hajeb"] th').textContent()).toContain("Secrétariat provincial d'El Hajeb");
    expect(await tile(page, 'resolutionsAdopted').textContent()).toBe('5');
    const [logo] = await Promise.all([page.locator('.logo').boundingBox()]);
    expect(logo!.x).toBeLessThan(1280 / 2);
    await shoot('overview-fr');
  }, 30_000);

  it('announces a meeting recorded through the API in the live feed, without a reload', async () => {
    await page.goto(`${base}/fr/feed?unit=fes-meknes`);
    await page.locator('.live-status.live').waitFor();
    await page.evaluate(() => Object.assign(globalThis, { sameDocument: true }));
    const recorded = await app.graphql(`mutation Meeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
      input: { unitId: 'el-hajeb', kind: 'BUREAU', title: { ar: 'اجتماع مكتب الأمانة الإقليمية', fr: 'Réunion du bureau provincial' }, heldOn: '2021-06-08',
        attendees: [{ group: { ar: 'أعضاء المكتب الإقليمي' }, count: 9 }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    await page.getByTestId('new-items').click();
    const item = page.locator('.feed-item[data-type="MEETING_HELD"]', { hasText: 'Réunion du bureau provincial' });
    await item.waitFor();
    expect(await page.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await shoot('feed-fr');
  }, 30_000);

  it('draws the time series, lists the resolutions and profiles the unit', async () => {
    await page.goto(`${base}/ar/series?unit=fes-meknes&${JUNE_2021}&metric=resolutionsAdopted`);
    await page.locator('.chart canvas').waitFor();
    await shoot('series-ar');
    await page.goto(`${base}/ar/resolutions?unit=fes-meknes&${JUNE_2021}`);
    await expect(page.locator('.status-counts [data-status="ADOPTED"] .count').textContent()).resolves.toBe('5');
    expect(await page.locator('.resolution-list > li').count()).toBe(5);
    await shoot('resolutions-ar');
    await page.goto(`${base}/fr/profile?unit=el-hajeb&${JUNE_2021}`);
    await expect(page.locator('.officers [data-position="SECRETARY_GENERAL"]').textContent()).resolves.toContain('Abdelilah Bougoula');
    await shoot('profile-fr');
  }, 30_000);

  it('shows every view as the register stood at the end of a past day, read-only, and comes back to the present', async () => {
    const meetingsNow = async () => (await app.graphql(`{ orgUnit(id: "fes-meknes") { activity(from: "2021-06-01", to: "2021-06-30") { meetingsHeld } } }`)).data!.orgUnit.activity.meetingsHeld as number;
    const before = await meetingsNow();
    app.clock.set(new Date('2021-06-12T09:00:00Z'));
    try {
      const later = await app.graphql(`mutation Meeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
        input: { unitId: 'el-hajeb', kind: 'COUNCIL', title: { ar: 'دورة المجلس الإقليمي' }, heldOn: '2021-06-11', attendees: [{ group: { ar: 'أعضاء المجلس' }, count: 30 }] },
      });
      expect(later.errors).toBeUndefined();
      await app.caughtUp();
    } finally {
      app.clock.set(new Date('2021-06-08T09:00:00Z'));
    }
    await page.goto(`${base}/ar/overview?unit=fes-meknes&${JUNE_2021}&asOf=2021-06-08`);
    await expect(page.getByTestId('as-of-banner').textContent()).resolves.toContain('8 يونيو 2021');
    await expect(tile(page, 'meetingsHeld').textContent()).resolves.toBe(String(before));
    await shoot('as-of-ar');
    await page.getByTestId('as-of-banner').locator('button').click();
    await page.waitForURL((url) => !url.search.includes('asOf'));
    await page.locator('.tile[data-metric="meetingsHeld"] .tile-value', { hasText: new RegExp(`^${before + 1}$`) }).waitFor();
    await page.goto(`${base}/ar/overview?unit=fes-meknes&asOf=2021-06-07`);
    await expect(page.locator('.state').textContent()).resolves.toContain('لم تكن الوحدة fes-meknes مسجَّلة بعد');
  }, 30_000);

  it('shows a viewer of El Hajeb only El Hajeb: it starts there, and the region above does not exist for it', async () => {
    const viewer = (await app.credentialFor('observer@el-hajeb', [{ role: 'VIEWER', unitId: 'el-hajeb' }])).replace(/^Bearer /, '');
    await page.addInitScript({ content: `localStorage.setItem('sijill.apiKey', ${JSON.stringify(viewer)});` });
    await page.goto(`${base}/ar/overview?${JUNE_2021}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('الأمانة العامة الإقليمية بإقليم الحاجب');
    const asAdministrator = await app.graphql(`{ orgUnit(id: "el-hajeb") { activity(from: "2021-06-01", to: "2021-06-30") { meetingsHeld } } }`);
    expect(await tile(page, 'meetingsHeld').textContent()).toBe(String(asAdministrator.data!.orgUnit.activity.meetingsHeld));
    expect(await page.locator('.breadcrumb a').count()).toBe(0);
    await page.goto(`${base}/ar/overview?unit=fes-meknes&${JUNE_2021}`);
    await page.locator('.state').first().waitFor();
    expect(await page.locator('body').textContent()).not.toContain('الأمانة الجهوية لجهة فاس مكناس');
    expect(await page.locator('.tile').count()).toBe(0);
    // Its meeting, but not the names of the members who chaired it: a viewer reads no personal data.
    await page.goto(`${base}/ar/meetings/el-hajeb-2021-06-07?unit=el-hajeb&${JUNE_2021}`);
    await expect(page.getByTestId('meeting-summary').textContent()).resolves.toContain('اجتماعا تنظيميا');
    await page.locator('.meeting li', { hasText: 'اسم محجوب' }).first().waitFor();
    expect(await page.locator('.meeting li', { hasText: 'محمد الحجيرة' }).count()).toBe(0);
  }, 30_000);
});
