// Screenshots of a running marsad page, for checking by eye and for the docs.
// Usage: node screenshots.mjs BASE_URL OUT_DIR [QUERY]   (QUERY default: Yemen, August 2015)
// Opens the map with the filters of QUERY, then the first air strike in the list (or the
// first event), and writes overview.png, article.png and phone-article.png (a phone's width).
import { chromium } from 'playwright-core';
import path from 'node:path';

const [base, out, query = 'country=YE&from=2015-08-01&to=2015-08-31'] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node screenshots.mjs BASE_URL OUT_DIR [QUERY]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
page.setDefaultTimeout(20000);
await page.goto(`${base}/?${query}`, { waitUntil: 'networkidle' });
await page.waitForSelector('.ev-marker, .cluster');
await page.waitForSelector('#event-list li.ev');
await page.screenshot({ path: path.join(out, 'overview.png') });
const markers = await page.locator('.ev-marker').count();
const clusters = await page.locator('.cluster').count();
const air = page.locator('#event-list li.ev', { hasText: 'Air/drone strike' }).first();
const target = (await air.count()) ? air : page.locator('#event-list li.ev').first();
const title = await target.locator('.ev-title').textContent();
await target.click();
await page.waitForSelector('#article mark.hl-trigger');
await page.waitForTimeout(500);
await page.screenshot({ path: path.join(out, 'article.png') });
const trigger = await page.locator('#article mark.hl-trigger').first().textContent();
const url = page.url();
await page.setViewportSize({ width: 390, height: 844 });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForSelector('#article mark.hl-trigger');
await page.locator('#article mark.hl-trigger').first().scrollIntoViewIfNeeded();
await page.screenshot({ path: path.join(out, 'phone-article.png') });
console.log(`${markers} markers and ${clusters} clusters on the map; opened "${title}"; trigger highlighted: ${trigger}; ${page.url()}`);
await browser.close();
