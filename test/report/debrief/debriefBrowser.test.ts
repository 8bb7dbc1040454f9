// The HTML debrief opened in a real headless Chromium, as a teacher would open it: wide, narrow and in Arabic.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDebriefHtml } from '../../../src/report/debrief/formatDebriefHtml.js';
import { playDebrief } from './playDebrief.js';

const SLOW = 300_000;
const dir = mkdtempSync(join(tmpdir(), 'statecraft-debrief-'));
const write = (name: string, lang: string, script: string) => {
  const file = join(dir, name);
  writeFileSync(file, formatDebriefHtml(playDebrief('harir-countdown', script, { lang }).debrief));
  return file;
};
const english = write('en.html', 'en', 'test/exercise/harir-rehearsal.yaml');
const arabic = write('ar.html', 'ar', 'test/exercise/harir-rehearsal.yaml');
const shots = process.env.STATECRAFT_SCREENSHOTS ? 'docs/images' : null;

let browser: Browser;
beforeAll(async () => {
  // The binary is unpacked to the temp folder on first launch; a loaded machine may take a while, so no tight timeouts.
  browser = await puppeteer.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args,
    headless: true,
    timeout: SLOW,
    protocolTimeout: SLOW,
  });
}, SLOW);
afterAll(async () => {
  await browser?.close();
}, SLOW);

type Opened = { page: Page; errors: string[]; requests: string[] };
async function open(file: string, width: number): Promise<Opened> {
  const page = await browser.newPage();
  page.setDefaultTimeout(SLOW);
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url) return void r.continue();
    requests.push(r.url());
    return void r.abort();
  });
  await page.setViewport({ width, height: 900 });
  await page.goto(url, { waitUntil: 'load', timeout: SLOW });
  return { page, errors, requests };
}

/** Every chart with its box, whether it is visible and drawn, and its axis labels. */
const chartsOf = (page: Page) =>
  page.$$eval('svg.chart', (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      const text = (sel: string) => [...svg.querySelectorAll(sel)].map((t) => t.textContent?.trim() ?? '').filter((t) => t !== '');
      return {
        title: svg.getAttribute('aria-label'),
        width: box.width,
        height: box.height,
        visible: style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0,
        drawn: [...svg.querySelectorAll('polyline')].some((p) => (p.getAttribute('points') ?? '').split(' ').length > 1),
        axisX: text('.axis-x'),
        axisY: text('.axis-y'),
        ticksX: text('.tick-x'),
        ticksY: text('.tick-y'),
      };
    }),
  );

describe('the HTML debrief in a browser', () => {
  it(
    'should render at 1280 px with no console error, no request, and every chart drawn with its axes',
    async () => {
      const { page, errors, requests } = await open(english, 1280);
      const charts = await chartsOf(page);
      expect(charts, 'the odds chart and one per indicator').toHaveLength(11);
      for (const c of charts) {
        expect(c.width, `${c.title} width`).toBeGreaterThan(150);
        expect(c.height, `${c.title} height`).toBeGreaterThan(80);
        expect(c.visible && c.drawn, `${c.title} visible and drawn`).toBe(true);
        expect(c.axisX, `${c.title} x-axis`).toEqual(['month']);
        expect(c.axisY.length, `${c.title} y-axis`).toBe(1);
        expect(c.ticksX[0]).toBe('2025-09');
        expect(c.ticksY.length).toBe(5);
      }
      expect(charts[0]?.ticksY).toEqual(['0%', '25%', '50%', '75%', '100%']);
      expect(await page.$eval('html', (h) => [h.lang, h.dir])).toEqual(['en', 'ltr']);
      if (shots) await screenshots(page, 'debrief');
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    },
    SLOW,
  );

  it(
    'should not scroll sideways at 600 px',
    async () => {
      const { page, errors } = await open(english, 600);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      for (const c of await chartsOf(page)) expect(c.width, `${c.title} fits`).toBeLessThanOrEqual(600);
      if (shots) await screenshots(page, 'debrief-600');
      await page.close();
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'should keep every figure of a table whole at 600 px in Arabic: the table scrolls in its box, a number never breaks',
    async () => {
      const { page, errors } = await open(arabic, 600);
      // Each cell of the tables of figures holds one line of text.
      const broken = await page.$$eval('table:not(.timeline) td', (cells) =>
        cells
          .filter((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((td) => td.textContent),
      );
      expect(broken).toEqual([]);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.close();
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'should be right to left in Arabic, with every heading from the catalog',
    async () => {
      const { page, errors, requests } = await open(arabic, 1280);
      expect(await page.$eval('html', (h) => [h.lang, h.dir, getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl', 'rtl']);
      const headings = await page.$$eval('h1, h2, h3, th, .note, .legend-title, .kind, summary', (els) => els.map((e) => e.textContent ?? ''));
      expect(headings.filter((h) => /\b(the|and|of|odds|team|date|prompt)\b/i.test(h))).toEqual([]);
      expect(headings).toContain('احتمالات النموذج عبر الزمن');
      // The exercise's objectives exist only in English: each keeps its own left-to-right order (punctuation in place).
      const objectives = await page.$$eval('ol > li > span', (els) => els.map((e) => [e.textContent ?? '', getComputedStyle(e).direction]));
      expect(objectives.length).toBeGreaterThan(0);
      expect(objectives.filter(([text]) => !/[\u0600-\u06FF]/.test(text ?? '')).every(([, dir]) => dir === 'ltr')).toBe(true);
      const charts = await chartsOf(page);
      expect(charts.every((c) => c.width > 150 && c.visible && c.drawn)).toBe(true);
      expect(charts[0]?.axisX).toEqual(['الشهر']);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      if (shots) await screenshots(page, 'debrief-ar');
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    },
    SLOW,
  );

  it(
    'should show hostile team names, notes and reasons as text: no script, image or frame runs or loads',
    async () => {
      const file = join(dir, 'payloads.html');
      writeFileSync(file, formatDebriefHtml(playDebrief('harir-in-45', 'test/exercise/harir-in-45-payloads.yaml').debrief));
      const { page, errors, requests } = await open(file, 1280);
      expect(await page.$$eval('script, img, iframe, a[href]', (els) => els.length)).toBe(0);
      const text = await page.$eval('body', (b) => b.textContent);
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('<img src=x onerror=alert(2)> too early');
      expect(text).toContain('<iframe src=javascript:alert(1)>');
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    },
    SLOW,
  );
});

/** Screenshots for the docs: the odds chart, the indicators, the timeline (only with STATECRAFT_SCREENSHOTS set). */
async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(shots as string, { recursive: true });
  const odds = await page.$('figure.odds-figure');
  await odds?.screenshot({ path: join(shots as string, `${name}-odds.png`) as `${string}.png` });
  if (name === 'debrief') {
    const charts = await page.$('.charts');
    await charts?.screenshot({ path: join(shots as string, `${name}-indicators.png`) as `${string}.png` });
    const top = await page.$eval('table.timeline', (t) => t.getBoundingClientRect().top + window.scrollY);
    await page.screenshot({
      path: join(shots as string, `${name}-timeline.png`) as `${string}.png`,
      clip: { x: 0, y: top, width: 1280, height: 700 },
      captureBeyondViewport: true,
    });
  }
}
