// The page as a person uses it, in Debian's chromium driven by playwright-core.
//
// Usage: node page.test.mjs BASE_URL TOKEN [SCREENSHOT_DIR]
// The server at BASE_URL is the real marsad binary on a fresh store; this script fills the
// store with the fixture articles through POST /api/articles (the token), then opens the page.
// Prints one line per check and closes with "N passed, M failed".
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [base, token, shots] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: node page.test.mjs BASE_URL TOKEN [SCREENSHOT_DIR]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = readFileSync(path.join(here, '..', 'testdata', 'articles.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

let passed = 0, failed = 0;
async function check(name, f) {
  try {
    await f();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.message ? e.message.split('\n')[0] : e}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const r = await fetch(base + '/api/articles', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
  body: JSON.stringify(fixtures),
});
if (!r.ok) {
  console.log(`FAIL filling the store: ${r.status} ${await r.text()}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const all = await (await fetch(base + '/api/events?view=reports&limit=1000')).json();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'en-US' });
page.setDefaultTimeout(10000);
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
const outside = [];
page.on('request', (req) => {
  if (!req.url().startsWith(base) && !req.url().startsWith('data:')) outside.push(req.url());
});

await check('the page loads and draws the basemap', async () => {
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  // The outlines are drawn on a canvas in the basemap pane: count the land-coloured pixels.
  await page.waitForSelector('.leaflet-basemap-pane canvas');
  const share = await page.evaluate(() => {
    const c = document.querySelector('.leaflet-basemap-pane canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let land = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] === 0xee && d[i + 1] === 0xf0 && d[i + 2] === 0xea) land++;
    return land / (d.length / 4);
  });
  assert(share > 0.2, `land covers ${(share * 100).toFixed(1)}% of the map`);
});

await check('markers for the stored events are on the map', async () => {
  await page.waitForSelector('.ev-marker, .cluster', { timeout: 10000 });
  // one marker per fused event
  const fused = await (await fetch(base + '/api/events?limit=1000')).json();
  const located = fused.events.filter((e) => e.location && e.location.lat !== undefined).length;
  // Clusters hold several markers: count what they say plus single markers.
  const singles = await page.locator('.ev-marker').count();
  const inClusters = await page.locator('.cluster span').evaluateAll((xs) => xs.reduce((s, x) => s + Number(x.textContent), 0));
  assert(singles + inClusters === located, `${singles} markers + ${inClusters} clustered, ${located} located events`);
});

await check('the timeline has a bar per day with events', async () => {
  const bars = await page.locator('#timeline rect.bar').count();
  const days = new Set(all.events.map((e) => e.date.start)).size;
  assert(bars === days, `${bars} bars for ${days} days`);
});

await check('the list shows every event', async () => {
  const n = await page.locator('#event-list li.ev').count();
  assert(n === all.total, `${n} items for ${all.total} events`);
  if (shots) await page.screenshot({ path: path.join(shots, 'overview.png') });
});

await check('clicking an event opens the article with its trigger highlighted', async () => {
  const target = all.events.find((e) => e.sub_event_type === 'air_drone_strike' && e.location.country === 'YE');
  assert(target, 'the Saada air strike is stored');
  await page.locator(`#event-list li.ev[data-id="${target.id}"]`).click();
  await page.waitForSelector('#article mark.hl-trigger', { timeout: 10000 });
  const trig = await page.locator('#article mark.hl-trigger').first().textContent();
  assert(trig === target.trigger.text, `highlighted ${JSON.stringify(trig)}, trigger is ${JSON.stringify(target.trigger.text)}`);
  const dir = await page.locator('#article').getAttribute('dir');
  assert(dir === 'rtl', 'the article is right-to-left');
  const place = await page.locator('#article mark.hl-location').first().textContent();
  assert(place === target.location.text, `place ${place}`);
  const nums = await page.locator('#article mark.hl-numbers').allTextContents();
  assert(nums.length > 0, 'the toll is highlighted');
  assert(new URL(page.url()).searchParams.get('event') === String(target.id), 'the URL names the event');
  if (shots) await page.screenshot({ path: path.join(shots, 'article-view.png') });
});

await check('the event view lists the reports of its fused event', async () => {
  await page.waitForSelector('#record tr.fused li.fused-report', { timeout: 10000 });
  const n = await page.locator('#record tr.fused li.fused-report').count();
  const target = all.events.find((e) => e.sub_event_type === 'air_drone_strike' && e.location.country === 'YE');
  const f = await (await fetch(base + '/api/fused/' + target.fused_id)).json();
  assert(n === f.report_count && n >= 1, `${n} reports listed, the fused event has ${f.report_count}`);
});

await check('clicking a marker opens its article', async () => {
  await page.locator('#back').click();
  await page.goto(base + '/?country=IQ', { waitUntil: 'networkidle' });
  await page.waitForSelector('.ev-marker', { timeout: 10000 });
  await page.locator('.ev-marker').first().click();
  await page.waitForSelector('#article mark.hl-trigger', { timeout: 10000 });
  const text = await page.locator('#article').textContent();
  assert(text.includes('بغداد'), 'the Baghdad article is shown');
});

await check('filters come from the URL and go back to it', async () => {
  await page.goto(base + '/?country=YE&from=2015-08-01&to=2015-08-31', { waitUntil: 'networkidle' });
  await page.waitForSelector('#event-list li.ev', { timeout: 10000 });
  const n = await page.locator('#event-list li.ev').count();
  const want = all.events.filter((e) => e.location && e.location.country === 'YE' && e.date.start >= '2015-08-01').length;
  assert(n === want, `${n} listed for Yemen in August, expected ${want}`);
  await page.selectOption('select[name=country]', '');
  await page.fill('input[name=text]', 'بغداد');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('text') === 'بغداد');
  await page.waitForFunction(() => document.querySelectorAll('#event-list li.ev').length === 1, null, { timeout: 10000 });
});

await check('brushing the timeline sets the dates', async () => {
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + 20, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from'), null, { timeout: 10000 });
  const u = new URL(page.url());
  assert(u.searchParams.get('from') <= u.searchParams.get('to'), 'from <= to');
  await page.waitForSelector('#timeline rect.brush');
});

await check('pasting an article shows its events highlighted', async () => {
  await page.goto(base + '/?lang=ar', { waitUntil: 'networkidle' });
  assert(await page.locator('html').getAttribute('dir') === 'rtl', 'Arabic labels lay the page out right-to-left');
  await page.click('#paste-open');
  await page.fill('#paste-form textarea', 'قتل ثلاثة جنود في هجوم بعبوة ناسفة استهدف دورية للجيش في مدينة الموصل صباح اليوم.');
  await page.fill('#paste-form input[name=published]', '2015-08-10');
  await page.click('#paste-form button[type=submit]');
  await page.waitForSelector('#article mark.hl-trigger', { timeout: 10000 });
  const loc = await page.locator('#article mark.hl-location').first().textContent();
  assert(loc.includes('الموصل'), `place highlighted: ${loc}`);
});

await check('a phone-sized screen stacks map and list', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  const map = await page.locator('#map').boundingBox();
  const list = await page.locator('.side').boundingBox();
  assert(map.width > 350 && list.y >= map.y + map.height - 1, 'list below the map, map full width');
  if (shots) await page.screenshot({ path: path.join(shots, 'phone.png') });
});

await check('no script errors and no request leaves the server', async () => {
  assert(errors.length === 0, errors.join('; '));
  assert(outside.length === 0, outside.join(', '));
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
