// The page as a person uses it, in Debian's chromium driven by playwright-core.
//
// Usage: node page.test.mjs BASE_URL TOKEN [SCREENSHOT_DIR]
// Environment: REVIEWER_TOKEN (a reviewer of the store), MARSAD_BIN and MARSAD_DB (the export).
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

// ---------------------------------------------------------------- the page's defects, fixed

await page.setViewportSize({ width: 1400, height: 900 });

await check('the page opens on the extent of the data', async () => {
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.waitForSelector('.ev-marker, .cluster');
  const r = await page.evaluate(() => {
    const b = S.map.getBounds();
    const pts = [...S.markers.values()].map((m) => m.getLatLng());
    return { zoom: S.map.getZoom(), inside: pts.every((p) => b.contains(p)), n: pts.length };
  });
  assert(r.n > 0 && r.inside, `every located event in view (${r.n})`);
  assert(r.zoom >= 4, `zoomed to the data, not the world (zoom ${r.zoom})`);
});

await check('a few far-away events do not open the map on the whole world', async () => {
  // fifty events around Yemen and Syria, two placed in the Americas and Australia by mistake
  const b = await page.evaluate(() => {
    const pts = [];
    for (let i = 0; i < 50; i++) pts.push([13 + (i % 10) * 2.2, 36 + (i % 7) * 1.5]);
    pts.push([40.7, -74.0], [-33.9, 151.2]);
    const e = dataExtent(pts);
    return [e.getSouth(), e.getWest(), e.getNorth(), e.getEast()];
  });
  assert(b[1] > 30 && b[3] < 50 && b[0] > 10, `extent ${b.map((x) => x.toFixed(1)).join(',')}`);
});

await check('no outline crosses the whole map (antimeridian)', async () => {
  const widest = await page.evaluate(() => {
    let w = 0;
    S.offline.eachLayer((g) => g.eachLayer && g.eachLayer((l) => {
      const b = l.getBounds();
      // (Antarctica goes round the pole: its outline spans every longitude along the map's edge)
      if (b.getSouth() > -60) w = Math.max(w, b.getEast() - b.getWest());
    }));
    return w;
  });
  assert(widest > 100 && widest < 300, `the widest outline spans ${widest.toFixed(0)} degrees`);
});

await check('/favicon.ico is the page icon', async () => {
  const r = await fetch(base + '/favicon.ico');
  assert(r.status === 200 && (r.headers.get('content-type') || '').startsWith('image/svg+xml'), `${r.status} ${r.headers.get('content-type')}`);
});

await check('selecting an event moves the map to it', async () => {
  const target = all.events.find((e) => e.location && e.location.lat !== undefined && e.location.country === 'IQ');
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.locator(`#event-list li.ev[data-id="${target.id}"]`).click();
  await page.waitForSelector('#article mark.hl-trigger');
  const c = await page.evaluate(() => S.map.getCenter());
  const d = Math.hypot(c.lat - target.location.lat, c.lng - target.location.lon);
  assert(d < 0.5, `the map centre is ${d.toFixed(2)} degrees from the event`);
});

await check('at 1400 px the record pane does not scroll sideways', async () => {
  const r = await page.evaluate(() => {
    const s = document.querySelector('.side');
    return { sw: s.scrollWidth, cw: s.clientWidth, chip: document.querySelector('.type-chip').getBoundingClientRect().right <= s.getBoundingClientRect().right + 1 };
  });
  assert(r.sw <= r.cw && r.chip, `scrollWidth ${r.sw} > clientWidth ${r.cw}, type label inside: ${r.chip}`);
});

await check('in Arabic, every Latin value in the record is isolated, and places are in Arabic', async () => {
  const target = all.events.find((e) => e.actor1 && e.actor1.canonical && e.location);
  await page.goto(base + `/?lang=ar&event=${target.id}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#record tr');
  const loose = await page.evaluate(() => [...document.querySelectorAll('#record td')].flatMap((td) =>
    [...td.childNodes].filter((n) => n.nodeType === 3 && /[A-Za-z]/.test(n.textContent)).map((n) => n.textContent)));
  assert(loose.length === 0, `values outside <bdi>: ${JSON.stringify(loose)}`);
  await page.goto(base + '/?lang=ar', { waitUntil: 'networkidle' });
  await page.waitForSelector('#event-list li.ev');
  const latin = await page.locator('#event-list .ev-title bdi').evaluateAll((xs) => xs.map((x) => x.textContent).filter((s) => /[A-Za-z]/.test(s)));
  assert(latin.length === 0, `place names in English in the Arabic list: ${latin.join(', ')}`);
});

await check('a sub-type in the address shows in the type box', async () => {
  await page.goto(base + '/?type=air_drone_strike', { waitUntil: 'networkidle' });
  await page.waitForSelector('#event-list li.ev');
  const v = await page.evaluate(() => { const s = document.querySelector('select[name=type]'); return [s.value, s.selectedOptions[0] && s.selectedOptions[0].textContent]; });
  assert(v[0] === 'air_drone_strike' && v[1] && v[1].trim(), `type box shows ${JSON.stringify(v)}`);
});

// ---------------------------------------------------------------- a review, start to end

const reviewerToken = process.env.REVIEWER_TOKEN;
const ev = async (id) => (await fetch(base + '/api/events/' + id)).json();
const reviewed = {};

await check('the review queue opens with the machine records, keyboard first', async () => {
  assert(reviewerToken, 'REVIEWER_TOKEN is set');
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.evaluate((tok) => localStorage.setItem('marsad-token', tok), reviewerToken);
  await page.click('#review-open');
  await page.waitForSelector('#queue-list li.ev.current');
  await page.waitForSelector('#review-box:not([hidden])');
  const n = await page.locator('#queue-list li.ev').count();
  const machine = (await (await fetch(base + '/api/events?status=machine&view=reports')).json()).total;
  assert(n === machine && n >= 3, `${n} in the queue, ${machine} machine records`);
  await page.waitForFunction(() => document.querySelector('#review-who').textContent.includes('amal'));
  // the evidence is highlighted beside the form
  assert(await page.locator('#article mark.hl-trigger').count() > 0, 'trigger highlighted');
  if (shots) await page.screenshot({ path: path.join(shots, 'review-queue.png') });
});

async function currentId() {
  return page.evaluate(() => S.view && S.view.selected);
}
async function waitNext(prev) {
  await page.waitForFunction((p) => S.view && S.view.selected !== p && document.querySelector('#queue-list li.current') &&
    document.querySelector('#queue-list li.current').dataset.id === S.view.selected && !document.querySelector('#review-box').hidden, prev);
}

await check('v verifies the record on screen and moves to the next', async () => {
  const id = await currentId();
  await page.keyboard.press('v');
  await waitNext(id);
  const e = await ev(id);
  assert(e.status === 'verified' && e.history.length === 1 && e.history[0].reviewer === 'amal', `status ${e.status}`);
  reviewed.verified = id;
});

await check('e, then a click on the map, corrects the place', async () => {
  const id = await currentId();
  await page.keyboard.press('e');
  await page.waitForSelector('#edit-form:not([hidden])');
  await page.click('#pick-map');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.8);
  await page.waitForFunction(() => document.querySelector('#edit-form').elements.lat.value !== '' && !document.body.classList.contains('picking'));
  const [lat, lon] = await page.evaluate(() => { const f = document.querySelector('#edit-form').elements; return [Number(f.lat.value), Number(f.lon.value)]; });
  await page.click('#edit-form button[type=submit]');
  await waitNext(id);
  const e = await ev(id);
  assert(e.status === 'corrected', `status ${e.status}`);
  assert(Math.abs(e.location.lat - lat) < 1e-4 && Math.abs(e.location.lon - lon) < 1e-4, `place ${e.location.lat},${e.location.lon}, clicked ${lat},${lon}`);
  assert(e.history[0].action === 'edit' && e.history[0].before.location.lat !== e.history[0].after.location.lat, 'the log holds before and after');
  reviewed.corrected = id;
});

await check('r rejects the next record with a reason', async () => {
  const id = await currentId();
  await page.keyboard.press('r');
  await page.waitForSelector('#reject-form:not([hidden])');
  await page.fill('#reject-form input[name=reason]', 'a look back, not a new event');
  await page.keyboard.press('Enter');
  await waitNext(id);
  const e = await ev(id);
  assert(e.status === 'rejected' && e.history[0].note === 'a look back, not a new event', `status ${e.status}`);
  reviewed.rejected = id;
});

await check('a missed event is added from selected words', async () => {
  const id = await currentId();
  const words = await page.evaluate(() => {
    const body = document.querySelector('#article .art-text');
    const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = w.nextNode()) && n.textContent.trim().length < 8);
    const r = document.createRange();
    const start = n.textContent.search(/\S/);
    r.setStart(n, start);
    r.setEnd(n, start + 6);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return r.toString();
  });
  await page.waitForSelector('#add-sel:not([disabled])');
  await page.click('#add-sel');
  await page.selectOption('#add-form select[name=sub_event_type]', 'armed_clash');
  await page.fill('#add-form input[name=fatalities]', '2');
  await page.click('#add-form button[type=submit]');
  await page.waitForFunction((p) => S.view && S.view.selected !== p && S.view.events.some((e) => String(e.id) === S.view.selected && e.history === undefined && e.status === 'corrected'), id);
  const added = await ev(await currentId());
  assert(added.trigger.text === words, `trigger ${JSON.stringify(added.trigger.text)}, selected ${JSON.stringify(words)}`);
  assert(added.history[0].action === 'add' && added.sub_event_type === 'armed_clash' && added.fatalities === 2, JSON.stringify(added.history[0]));
  reviewed.added = added.id;
  if (shots) await page.screenshot({ path: path.join(shots, 'review-added.png') });
});

await check('the reviewed records export as gold lines', async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.env.MARSAD_BIN, ['export', '--db', process.env.MARSAD_DB, '--format', 'gold', '--status', 'verified,corrected'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const lines = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const events = lines.flatMap((a) => a.events);
  assert(events.length === 3, `${events.length} gold events (verified, corrected, added)`);
  assert(lines.every((a) => a.text && a.published && Array.isArray(a.events)), 'lines in the gold form');
  const c = await ev(reviewed.corrected);
  assert(events.some((g) => g.location && Math.abs(g.location.lat - c.location.lat) < 1e-9 && g.location.tolerance_km === 25), 'the corrected place is in the gold');
  assert(events.some((g) => g.sub_event_type === 'armed_clash' && g.fatalities === 2), 'the added event is in the gold');
});

await check('the audit log holds the review, in order', async () => {
  const log = await (await fetch(base + '/api/audit')).json();
  const acts = log.entries.map((e) => [e.action, e.event_id, e.reviewer]);
  const want = [['add', reviewed.added, 'amal'], ['reject', Number(reviewed.rejected), 'amal'], ['edit', Number(reviewed.corrected), 'amal'], ['verify', Number(reviewed.verified), 'amal']];
  assert(JSON.stringify(acts) === JSON.stringify(want), `log ${JSON.stringify(acts)}`);
});

await check('no script errors and no request leaves the server', async () => {
  assert(errors.length === 0, errors.join('; '));
  assert(outside.length === 0, outside.join(', '));
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
