/**
 * The HTML report in a real headless browser (Debian's chromium, driven by
 * playwright-core): charts render with the expected series and points,
 * filters work, a value's source sentence shows after a click, nothing is
 * fetched from the network, and the page throws no error. Screenshots go to
 * test-output/ (gitignored). `.ci/run` installs chromium when it is missing.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SLOW, cli } from '../cli/support.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test-output');
const REPORT = path.join(OUT, 'report.html');

type Source = { file: string; line: number; text: string; sentence: string };
type Value = { value: number; sources: Source[] };
type Row = Value & { indicator: string; region: string | null; year: number | null; period?: unknown; status: string; part: string | null; phase: number | null; unit: string; conflicts: Value[] };

let browser: Browser;
let page: Page;
let rows: Row[];
const problems: string[] = [];
const requests: string[] = [];

const stripSuffix = (r: string | null) => (r === null ? '' : r.length > 2 ? r.replace(/(?:特别行政区|自治区|自治州|省|市|区|县|地区)$/, '') : r);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(OUT, { recursive: true });
  const [report, summary] = await Promise.all([
    cli(['report', 'seeds/', 'fixtures/city', '-o', REPORT, '--title', '广州与江州 技术市场']),
    cli(['summary', 'seeds/', 'fixtures/city', '--json']),
  ]);
  expect(report.code, report.stderr).toBe(0);
  rows = JSON.parse(summary.stdout) as Row[];
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(REPORT).href);
}, SLOW);

afterAll(async () => {
  await browser?.close();
});

describe('extract report in a browser', () => {
  it('is one self-contained page: only the file itself is loaded', () => {
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(requests).toHaveLength(1);
    const html = readFileSync(REPORT, 'utf8');
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  });

  it('carries the same rows as extract summary --json', async () => {
    const embedded = JSON.parse((await page.textContent('#summary-rows'))!) as Row[];
    expect(embedded).toEqual(rows);
  });

  it('draws one chart per indicator with one series per region/status/part/phase and one point per year', async () => {
    const expected = new Map<string, { series: Set<string>; points: number }>();
    for (const r of rows) {
      if (r.year === null || r.period) continue;
      const e = expected.get(r.indicator) ?? { series: new Set(), points: 0 };
      e.series.add(JSON.stringify([stripSuffix(r.region), r.status, r.part, r.phase, r.unit]));
      e.points++;
      expected.set(r.indicator, e);
    }
    const drawn = await page.$$eval('figure.chart-card', (cards) =>
      cards.map((c) => ({
        indicator: (c as HTMLElement).dataset.indicator!,
        series: c.querySelectorAll('svg.chart g.series').length,
        points: c.querySelectorAll('svg.chart circle.pt').length,
        lines: c.querySelectorAll('svg.chart path.line').length,
        width: c.querySelector('svg.chart')!.getBoundingClientRect().width,
      })),
    );
    expect(drawn.map((d) => d.indicator).sort()).toEqual([...expected.keys()].sort());
    for (const d of drawn) {
      expect([d.indicator, d.series, d.points]).toEqual([d.indicator, expected.get(d.indicator)!.series.size, expected.get(d.indicator)!.points]);
      expect(d.width).toBeGreaterThan(300);
    }
    // 江州's technology-contract value: actuals 2019-2024 on one solid line, targets on a dashed one with hollow points
    const tv = page.locator('figure[data-indicator="tech_contract.value"]');
    const actual = tv.locator('g.series[data-region="江州"][data-status="actual"]').first();
    expect(await actual.locator('circle.pt').count()).toBe(6);
    expect(await actual.locator('path.line').getAttribute('stroke-dasharray')).toBeNull();
    const target = tv.locator('g.series[data-region="江州"][data-status="target"]');
    expect(await target.locator('path.line').getAttribute('stroke-dasharray')).toBe('7 5');
    expect(await target.locator('circle.pt').first().getAttribute('fill')).toBe('#fff');
  });

  it('filters the table and the charts by indicator, region and year', async () => {
    const visibleRows = () => page.locator('#rows tbody tr:not([hidden])').count();
    expect(await visibleRows()).toBe(rows.length);
    await page.selectOption('#f-indicator', 'tech_contract.value');
    expect(await visibleRows()).toBe(rows.filter((r) => r.indicator === 'tech_contract.value').length);
    expect(await page.locator('figure.chart-card:not([hidden])').count()).toBe(1);
    await page.selectOption('#f-region', '江州');
    const jz = rows.filter((r) => r.indicator === 'tech_contract.value' && stripSuffix(r.region) === '江州');
    expect(await visibleRows()).toBe(jz.length);
    // One series per status and part of 江州 (the total's actuals and targets, and each part).
    const series = new Set(jz.map((r) => `${r.status}|${r.part ?? ''}`)).size;
    expect(series).toBeGreaterThanOrEqual(2);
    expect(await page.locator('figure[data-indicator="tech_contract.value"] g.series:not(.off)').count()).toBe(series);
    await page.selectOption('#f-year', '2021');
    expect(await visibleRows()).toBe(jz.filter((r) => r.year === 2021).length);
    expect(await page.textContent('#count')).toBe(`${jz.filter((r) => r.year === 2021).length} / ${rows.length}`);
    await page.screenshot({ path: path.join(OUT, 'report-filtered.png') });
  });

  it("a click on a value shows its sources: file, line, the sentence with the figure marked, and the conflicting value beside it", async () => {
    const row = rows.find((r) => r.indicator === 'tech_contract.value' && r.year === 2021 && stripSuffix(r.region) === '江州' && r.status === 'actual')!;
    expect(row.conflicts).toHaveLength(1);
    await page.locator(`#rows tbody tr:not([hidden]) button.val[data-row="${rows.indexOf(row)}"]`).click();
    const panel = page.locator('#panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const cols = panel.locator('.value-col');
    expect(await cols.count()).toBe(2);
    expect(await cols.nth(0).locator('.v').textContent()).toContain('865.9 亿元');
    expect(await cols.nth(1).locator('.v').textContent()).toContain('856.9 亿元');
    const src = row.sources[0]!;
    expect(await cols.nth(0).locator('.where code').textContent()).toBe(`${src.file}:${src.line}`);
    expect(await cols.nth(0).locator('blockquote').textContent()).toBe(src.sentence);
    expect(await cols.nth(0).locator('blockquote mark').textContent()).toBe(src.text);
    expect(await cols.nth(1).locator('blockquote mark').textContent()).toBe(row.conflicts[0]!.sources[0]!.text);
    await page.screenshot({ path: path.join(OUT, 'report-sources.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it('a click on a chart point opens the same sources', async () => {
    await page.selectOption('#f-year', '');
    const pt = page.locator('figure[data-indicator="tech_contract.value"] g.series[data-region="江州"][data-status="actual"] circle.pt').first();
    const n = Number(await pt.getAttribute('data-row'));
    // the first point of 江州's actual series is its 2019 row
    expect(rows[n]).toMatchObject({ indicator: 'tech_contract.value', region: '江州市', year: 2019, status: 'actual', part: null });
    await pt.click();
    await expect.poll(() => page.locator('#panel').isVisible()).toBe(true);
    expect(await page.locator('#panel blockquote').first().textContent()).toBe(rows[n]!.sources[0]!.sentence);
    await page.click('#panel-close');
  });

  it('sorts by a column', async () => {
    await page.selectOption('#f-indicator', '');
    await page.selectOption('#f-region', '');
    await page.click('button.sort[data-key="value"]');
    const values = await page.$$eval('#rows tbody tr', (trs) => trs.map((tr) => Number((tr.children[6] as HTMLElement).dataset.v)));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values).toHaveLength(rows.length);
  });

  it('fits a phone width without a horizontal scrollbar on the page, and prints', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUT, 'report-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#sources').isVisible()).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: path.join(OUT, 'report.png') });
  });

  it('threw no error and logged no console error', () => {
    expect(problems).toEqual([]);
  });
});
