// marsad's page: map, timeline, filters, event list, and the article with its evidence.
// Plain JavaScript over the JSON API of the same server; no framework, no network beyond it
// (the online tile layer is fetched by the browser only when the user switches it on).
'use strict';

// ---------------------------------------------------------------- labels (en / ar)

const I18N = {
  en: {
    tagline: 'conflict events read from Arabic news, with their evidence',
    paste: 'Paste an article', from: 'From', to: 'To', type: 'Type', country: 'Country',
    actor: 'Actor', text: 'Text', text_ph: 'Arabic words…', any: 'any', apply: 'Apply',
    reset: 'Reset', timeline: 'Events per day', brush_hint: '(drag to choose dates)',
    clear_dates: 'clear dates', events: 'Events', more: 'More', back: '← back to the list',
    record: 'Record', legend: 'Highlights', published: 'Published', paste_ph: 'Paste the Arabic text of a news report here',
    extract: 'Extract events', cancel: 'Cancel', no_events: 'No events match.',
    no_events_text: 'No conflict event was found in this text.',
    shown: (n, total, located) => `${total} events · ${located} on the map`,
    credits: 'Basemap: Natural Earth (public domain) via world-atlas; map library: Leaflet; online layer © OpenStreetMap contributors. Places: Who\'s On First, GeoNames (CC BY 4.0).',
    offline: 'Offline outlines', online: 'OpenStreetMap (online)', cities: 'Reference cities',
    f_type: 'Type', f_date: 'Date', f_actor1: 'Actor 1', f_actor2: 'Actor 2', f_location: 'Place',
    f_fatalities: 'Killed', f_injured: 'Injured', f_claimed: 'Claimed by', f_trigger: 'Trigger', f_confidence: 'Confidence', conf_short: 'confidence',
    f_source: 'Source', f_article: 'Article', unknown: '—', precision: 'precision',
    k_trigger: 'trigger (what happened)', k_actor1: 'actor 1 (acts)', k_actor2: 'actor 2 (acted on)',
    k_location: 'place', k_date: 'date', k_numbers: 'numbers (killed, injured)', k_claimed: 'claimed by',
    outside: (n) => `· ${n} dated outside this range`,
    error: 'Something went wrong: ', pasted: 'pasted article', fatal_short: 'killed', event_n: 'event',
    review: 'Review', queue: 'Review queue', order: 'Order', newest: 'newest first', least_confident: 'least confident first',
    token: 'Token', close_queue: 'close', keys: 'Keys: j / k next / previous · v verify · e edit · r reject · Esc cancel',
    verify: 'Verify (v)', edit: 'Edit (e)', reject: 'Reject (r)', reason: 'Reason', save: 'Save', history: 'History',
    search_place: 'Search the gazetteer', pick_map: 'Pick on the map', place_name: 'Name', add_sel: 'Add an event from the selected words',
    add: 'Add', f_status: 'Status', queue_empty: 'Nothing left to review.', need_token: 'Enter your reviewer token first.',
    done: (a) => `${a}: saved`, conflict: 'Someone reviewed this record since you loaded it: it is loaded again.',
    pick_hint: 'Click the map where it happened.', no_place: 'No place of that name.', disagrees: 'the extractor now says otherwise on: ',
    st_machine: 'machine', st_verified: 'verified', st_corrected: 'corrected', st_rejected: 'rejected',
  },
  ar: {
    tagline: 'أحداث النزاع كما وردت في الأخبار العربية، مع الأدلة',
    paste: 'الصق مقالاً', from: 'من', to: 'إلى', type: 'النوع', country: 'البلد',
    actor: 'الطرف', text: 'نص', text_ph: 'كلمات عربية…', any: 'الكل', apply: 'تطبيق',
    reset: 'إعادة ضبط', timeline: 'الأحداث في اليوم', brush_hint: '(اسحب لاختيار التواريخ)',
    clear_dates: 'إلغاء التواريخ', events: 'الأحداث', more: 'المزيد', back: '→ العودة إلى القائمة',
    record: 'السجل', legend: 'دليل الألوان', published: 'تاريخ النشر', paste_ph: 'الصق هنا النص العربي لخبر',
    extract: 'استخرج الأحداث', cancel: 'إلغاء', no_events: 'لا أحداث مطابقة.',
    no_events_text: 'لم يُعثر على حدث نزاع في هذا النص.',
    shown: (n, total, located) => `${total} حدثاً · ${located} على الخريطة`,
    credits: 'الخريطة الأساسية: Natural Earth (ملكية عامة) عبر world-atlas؛ مكتبة الخرائط: Leaflet؛ الطبقة المتصلة © مساهمو OpenStreetMap. الأماكن: Who\'s On First وGeoNames.',
    offline: 'حدود الدول (دون اتصال)', online: 'OpenStreetMap (متصل)', cities: 'مدن مرجعية',
    f_type: 'النوع', f_date: 'التاريخ', f_actor1: 'الطرف الأول', f_actor2: 'الطرف الثاني', f_location: 'المكان',
    f_fatalities: 'القتلى', f_injured: 'الجرحى', f_claimed: 'المصدر', f_trigger: 'كلمة الحدث', f_confidence: 'الثقة', conf_short: 'ثقة',
    f_source: 'الصحيفة', f_article: 'المقال', unknown: '—', precision: 'الدقة',
    k_trigger: 'كلمة الحدث', k_actor1: 'الطرف الفاعل', k_actor2: 'الطرف المستهدف',
    k_location: 'المكان', k_date: 'التاريخ', k_numbers: 'الأعداد (قتلى، جرحى)', k_claimed: 'مصدر الادعاء',
    outside: (n) => `· ${n} بتواريخ خارج هذا المدى`,
    error: 'حدث خطأ: ', pasted: 'مقال ملصوق', fatal_short: 'قتيل', event_n: 'حدث',
    review: 'المراجعة', queue: 'قائمة المراجعة', order: 'الترتيب', newest: 'الأحدث أولاً', least_confident: 'الأقل ثقة أولاً',
    token: 'الرمز', close_queue: 'إغلاق', keys: 'المفاتيح: j / k التالي / السابق · v تأكيد · e تعديل · r رفض · Esc إلغاء',
    verify: 'تأكيد (v)', edit: 'تعديل (e)', reject: 'رفض (r)', reason: 'السبب', save: 'حفظ', history: 'السجل التاريخي',
    search_place: 'ابحث في دليل الأماكن', pick_map: 'اختر على الخريطة', place_name: 'الاسم', add_sel: 'أضف حدثاً من الكلمات المحددة',
    add: 'أضف', f_status: 'الحالة', queue_empty: 'لا شيء للمراجعة.', need_token: 'أدخل رمز المراجع أولاً.',
    done: (a) => `${a}: حُفظ`, conflict: 'راجع أحدٌ هذا السجل منذ تحميله: أُعيد تحميله.',
    pick_hint: 'انقر على الخريطة حيث وقع الحدث.', no_place: 'لا مكان بهذا الاسم.', disagrees: 'يخالف المستخرجُ الآن في: ',
    st_machine: 'آلي', st_verified: 'مؤكد', st_corrected: 'مصحح', st_rejected: 'مرفوض',
  },
};

const TYPES = {
  battles: { color: '#c62828', en: 'Battles', ar: 'معارك' },
  explosions_remote_violence: { color: '#ef6c00', en: 'Explosions / remote violence', ar: 'انفجارات وعنف عن بعد' },
  violence_against_civilians: { color: '#6a1b9a', en: 'Violence against civilians', ar: 'عنف ضد المدنيين' },
  protests: { color: '#1565c0', en: 'Protests', ar: 'احتجاجات' },
  riots: { color: '#6d4c41', en: 'Riots', ar: 'أعمال شغب' },
  strategic_developments: { color: '#2e7d32', en: 'Strategic developments', ar: 'تطورات استراتيجية' },
};

const SUBTYPES_AR = {
  armed_clash: 'اشتباك مسلح', government_regains_territory: 'استعادة الحكومة لأراض',
  non_state_actor_overtakes_territory: 'سيطرة جماعة مسلحة على أراض', air_drone_strike: 'غارة جوية أو بطائرة مسيرة',
  shelling_artillery_missile_attack: 'قصف مدفعي أو صاروخي', suicide_bomb: 'تفجير انتحاري',
  remote_explosive_landmine_ied: 'عبوة ناسفة أو لغم', grenade: 'قنبلة يدوية', chemical_weapon: 'سلاح كيميائي',
  attack: 'اعتداء', abduction_forced_disappearance: 'خطف أو إخفاء قسري', sexual_violence: 'عنف جنسي',
  peaceful_protest: 'احتجاج سلمي', protest_with_intervention: 'احتجاج مع تدخل',
  excessive_force_against_protesters: 'قوة مفرطة ضد المحتجين', violent_demonstration: 'مظاهرة عنيفة',
  mob_violence: 'عنف جماعي', agreement: 'اتفاق', arrests: 'اعتقالات', change_to_group_activity: 'تغير في نشاط جماعة',
  disrupted_weapons_use: 'إحباط استخدام سلاح', headquarters_or_base_established: 'إنشاء مقر أو قاعدة',
  looting_property_destruction: 'نهب أو تدمير ممتلكات', non_violent_transfer_of_territory: 'انتقال سلمي لأراض',
  other: 'أخرى',
};

// The kinds of evidence, in the order of precedence when spans overlap.
const KINDS = ['trigger', 'actor1', 'actor2', 'location', 'date', 'numbers', 'claimed'];

// ---------------------------------------------------------------- state

const S = {
  lang: 'en',
  filters: { from: '', to: '', type: '', country: '', actor: '', text: '', status: '' },
  event: null,        // selected event id (stored events)
  cursor: null,       // next page of the list
  stats: null,
  map: null, cluster: null, markers: new Map(),
  view: null,         // {article, events, selected}
};

const $ = (sel) => document.querySelector(sel);
const t = (k) => I18N[S.lang][k] ?? I18N.en[k] ?? k;

function typeLabel(ty) {
  const x = TYPES[ty];
  return x ? x[S.lang] : (ty || '').replaceAll('_', ' ');
}
// ACLED's English labels where they are not the snake_case name with spaces.
const SUBTYPES_EN = {
  air_drone_strike: 'Air/drone strike', shelling_artillery_missile_attack: 'Shelling/artillery/missile attack',
  remote_explosive_landmine_ied: 'Remote explosive/landmine/IED', suicide_bomb: 'Suicide bomb',
  abduction_forced_disappearance: 'Abduction/forced disappearance', looting_property_destruction: 'Looting/property destruction',
  headquarters_or_base_established: 'Headquarters or base established', non_state_actor_overtakes_territory: 'Non-state actor overtakes territory',
};

function subLabel(st) {
  if (S.lang === 'ar' && SUBTYPES_AR[st]) return SUBTYPES_AR[st];
  if (SUBTYPES_EN[st]) return SUBTYPES_EN[st];
  const s = (st || '').replaceAll('_', ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const PRECISION_AR = {
  day: 'يوم', week: 'أسبوع', month: 'شهر', year: 'سنة', populated_place: 'بلدة', admin2: 'مديرية',
  admin1: 'محافظة', country: 'بلد', region: 'منطقة',
};
function precisionLabel(p) {
  if (!p) return '';
  return S.lang === 'ar' ? (PRECISION_AR[p] || p) : p.replaceAll('_', ' ');
}

function countryName(cc) {
  if (!cc || cc === '??') return t('unknown');
  try {
    return new Intl.DisplayNames([S.lang], { type: 'region' }).of(cc) || cc;
  } catch (_) {
    return cc;
  }
}
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// ---------------------------------------------------------------- URL <-> state

function readUrl() {
  const q = new URLSearchParams(location.search);
  for (const k of Object.keys(S.filters)) S.filters[k] = q.get(k) || '';
  S.event = q.get('event');
  const lang = q.get('lang') || localStorage.getItem('marsad-lang') ||
    ((navigator.language || '').startsWith('ar') ? 'ar' : 'en');
  S.lang = lang === 'ar' ? 'ar' : 'en';
}

function writeUrl(push) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(S.filters)) if (v) q.set(k, v);
  if (S.event) q.set('event', S.event);
  if (S.lang !== 'en') q.set('lang', S.lang);
  if (S.review && S.review.on) q.set('review', '1');
  const url = location.pathname + (q.toString() ? '?' + q : '');
  if (url !== location.pathname + location.search) {
    (push ? history.pushState : history.replaceState).call(history, null, '', url);
  }
}

function filterQuery(extra = {}, drop = []) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(S.filters)) if (v && !drop.includes(k)) q.set(k, v);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return q.toString();
}

async function api(path, opts) {
  const r = await fetch(path, opts);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
  return body;
}

// ---------------------------------------------------------------- language

function applyLang() {
  document.documentElement.lang = S.lang;
  document.documentElement.dir = S.lang === 'ar' ? 'rtl' : 'ltr';
  for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
  for (const n of document.querySelectorAll('[data-i18n-placeholder]')) n.placeholder = t(n.dataset.i18nPlaceholder);
  $('#lang-toggle').textContent = S.lang === 'ar' ? 'English' : 'العربية';
  const sel = document.querySelector('select[name=type]');
  for (const o of sel.options) if (o.value) o.textContent = TYPES[o.value] ? typeLabel(o.value) : subLabel(o.value);
  const csel = document.querySelector('select[name=country]');
  for (const o of csel.options) if (o.value) o.textContent = `${countryName(o.value)} (${o.dataset.n})`;
  renderTypeLegend();
  renderLegend();
  if (S.layerControl) buildLayerControl();
}

// ---------------------------------------------------------------- map

async function initMap() {
  const map = L.map('map', { zoomControl: true, minZoom: 2, maxZoom: 14, worldCopyJump: true, preferCanvas: true, attributionControl: true })
    .setView([25, 42], 4);
  S.map = map;
  map.createPane('basemap').style.zIndex = 200;
  S.offline = L.layerGroup().addTo(map);
  S.online = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18, attribution: '© OpenStreetMap contributors',
  });
  S.citiesLayer = L.layerGroup().addTo(map);
  S.cluster = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true,
    iconCreateFunction: clusterIcon,
  }).addTo(map);
  buildLayerControl();
  try {
    const [world, cities] = await Promise.all([
      fetch('/assets/vendor/world-atlas/countries-50m.json').then((r) => r.json()),
      fetch('/assets/cities.json').then((r) => r.json()),
    ]);
    const countries = topojson.feature(world, world.objects.countries);
    for (const f of countries.features) unwrapGeometry(f.geometry);
    L.geoJSON(countries, {
      pane: 'basemap', interactive: false,
      style: { color: '#8a8f98', weight: 0.8, fillColor: '#eef0ea', fillOpacity: 1 },
    }).addTo(S.offline);
    for (const c of cities) {
      L.circleMarker([c.lat, c.lon], { radius: 2.5, color: '#555', weight: 1, fillOpacity: 1, interactive: false, pane: 'basemap' })
        .bindTooltip(S.lang === 'ar' ? c.ar : c.en, { permanent: true, direction: 'right', className: c.major ? 'city-label' : 'city-label minor', offset: [3, 0] })
        .addTo(S.citiesLayer);
    }
    S.cities = cities;
  } catch (e) {
    console.warn('basemap', e);
  }
  map.getContainer().style.background = '#cfe0ee';
  const zoomClass = () => map.getContainer().classList.toggle('zoom-low', map.getZoom() < 6);
  map.on('zoomend', zoomClass);
  zoomClass();
}

// Outlines that cross the antimeridian jump from +180 to -180 between two points, and a
// polygon drawn through that jump crosses the whole map: keep every ring continuous instead
// (longitudes past 180 are fine for Leaflet).
function unwrapGeometry(g) {
  if (!g) return;
  const ring = (r) => {
    const u = r.map((p) => p.slice());
    let lo = u[0][0], hi = u[0][0];
    for (let i = 1; i < u.length; i++) {
      const d = u[i][0] - u[i - 1][0];
      if (Math.abs(d) > 180) u[i][0] -= 360 * Math.round(d / 360);
      lo = Math.min(lo, u[i][0]);
      hi = Math.max(hi, u[i][0]);
    }
    // a ring around a pole (Antarctica) goes the whole way round: it is right as it is
    if (hi - lo < 359) for (let i = 0; i < r.length; i++) r[i][0] = u[i][0];
  };
  if (g.type === 'Polygon') g.coordinates.forEach(ring);
  else if (g.type === 'MultiPolygon') {
    g.coordinates.forEach((p) => p.forEach(ring));
    // the parts of one country on one side: an island just across the line (Chukotka,
    // the Aleutians, Fiji's) moves by 360 degrees next to the rest
    const mean = (r) => r.reduce((s, p) => s + p[0], 0) / r.length;
    const main = g.coordinates.reduce((a, p) => (p[0].length > a[0].length ? p : a));
    const ref = mean(main[0]);
    for (const p of g.coordinates) {
      const k = Math.round((ref - mean(p[0])) / 360);
      if (k) p.forEach((r) => r.forEach((pt) => { pt[0] += 360 * k; }));
    }
  }
}

function buildLayerControl() {
  if (S.layerControl) S.layerControl.remove();
  const base = {};
  base[t('offline')] = S.offline;
  base[t('online')] = S.online;
  const over = {};
  over[t('cities')] = S.citiesLayer;
  S.layerControl = L.control.layers(base, over, { collapsed: true }).addTo(S.map);
  if (S.cities) {
    S.citiesLayer.eachLayer((m) => {
      const c = S.cities.find((x) => x.lat === m.getLatLng().lat && x.lon === m.getLatLng().lng);
      if (c) m.setTooltipContent(S.lang === 'ar' ? c.ar : c.en);
    });
  }
}

function clusterIcon(cluster) {
  const ms = cluster.getAllChildMarkers();
  const counts = {};
  for (const m of ms) counts[m.options.etype] = (counts[m.options.etype] || 0) + 1;
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const n = ms.length;
  const size = n < 10 ? 30 : n < 100 ? 36 : 44;
  return L.divIcon({
    html: `<div style="background:${(TYPES[top] || {}).color || '#555'}"><span>${n}</span></div>`,
    className: 'cluster', iconSize: L.point(size, size),
  });
}

function markerFor(p) {
  // p = [id, lat, lon, type, fatalities, date]: one per fused event (id: one of its reports,
  // fatalities: its best toll)
  const [id, lat, lon, ty, fat] = p;
  const r = Math.round(8 + Math.min(16, Math.sqrt(fat || 0) * 3));
  const icon = L.divIcon({
    className: 'ev-marker',
    html: `<span style="width:${r}px;height:${r}px;background:${(TYPES[ty] || {}).color || '#555'}"></span>`,
    iconSize: [r, r],
  });
  const m = L.marker([lat, lon], { icon, etype: ty, eid: id, keyboard: false, title: typeLabel(ty) });
  m.on('click', () => selectEvent(String(id), true));
  return m;
}

function renderPoints(points) {
  S.cluster.clearLayers();
  S.markers.clear();
  const ms = points.map((p) => {
    const m = markerFor(p);
    S.markers.set(String(p[0]), m);
    return m;
  });
  S.cluster.addLayers(ms);
  if (ms.length && !S.keepView) {
    const b = dataExtent(points.map((p) => [p[1], p[2]]));
    if (b.isValid()) S.map.fitBounds(b.pad(0.15), { maxZoom: 7 });
  }
}

// Where the data is: the box of all points, but with twenty or more, the box of the middle 96%
// of latitudes and of longitudes, so that a few events placed far away (a capital abroad, a
// mistaken place) do not open the map on the whole world.
function dataExtent(latlons) {
  if (latlons.length < 20) return L.latLngBounds(latlons);
  const q = (v, f) => v[Math.min(v.length - 1, Math.max(0, Math.round(f * (v.length - 1))))];
  const lats = latlons.map((p) => p[0]).sort((a, b) => a - b);
  const lons = latlons.map((p) => p[1]).sort((a, b) => a - b);
  return L.latLngBounds([q(lats, 0.02), q(lons, 0.02)], [q(lats, 0.98), q(lons, 0.98)]);
}

// Mark the selected event with a ring of its own (outside the clusters), and bring it into
// view without zooming further than a province.
function focusMarker(id) {
  if (S.selRing) S.selRing.remove();
  S.selRing = null;
  const m = S.markers.get(String(id));
  if (!m) return;
  const ll = m.getLatLng();
  S.selRing = L.circleMarker(ll, { radius: 16, color: '#000', weight: 3, fill: false, interactive: false, className: 'sel-ring' }).addTo(S.map);
  // move to it, close enough to see it outside its cluster
  S.map.setView(ll, Math.max(S.map.getZoom(), 8), { animate: false });
}

function renderTypeLegend() {
  const box = $('#type-legend');
  box.replaceChildren(...Object.entries(TYPES).map(([k, v]) =>
    el('span', { class: 'tl-item' }, el('i', { style: `background:${v.color}` }), v[S.lang])));
}

// ---------------------------------------------------------------- timeline

function dayDiff(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}
function addDays(d, n) {
  const x = new Date(Date.parse(d) + n * 86400000);
  return x.toISOString().slice(0, 10);
}

// The days to draw: all of them, less the thin tails (a few events dated years away by a
// misread date would squeeze the rest into a line). Keeps at least 99% of the events and the
// brushed range.
function timelineWindow(byDay) {
  const total = byDay.reduce((s, d) => s + d.n, 0);
  const budget = Math.floor(total * 0.015);
  let lo = 0, hi = byDay.length - 1, cut = 0;
  while (lo < hi && cut + byDay[lo].n <= budget) cut += byDay[lo++].n;
  cut = 0;
  while (hi > lo && cut + byDay[hi].n <= budget) cut += byDay[hi--].n;
  let first = byDay[lo].key, last = byDay[hi].key;
  if (S.filters.from && S.filters.from < first && S.filters.from >= byDay[0].key) first = S.filters.from;
  if (S.filters.to && S.filters.to > last && S.filters.to <= byDay[byDay.length - 1].key) last = S.filters.to;
  const inside = byDay.filter((d) => d.key >= first && d.key <= last);
  return { first, last, inside, outside: total - inside.reduce((s, d) => s + d.n, 0) };
}

function renderTimeline(allDays) {
  const svg = $('#timeline');
  const W = svg.clientWidth || 600, H = svg.clientHeight || 90, pad = 18;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.replaceChildren();
  const ns = 'http://www.w3.org/2000/svg';
  const mk = (tag, attrs) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  $('#timeline-note').textContent = '';
  if (!allDays.length) return;
  const win = timelineWindow(allDays);
  const byDay = win.inside, first = win.first, last = win.last;
  if (win.outside) $('#timeline-note').textContent = t('outside')(win.outside);
  const days = Math.max(1, dayDiff(first, last) + 1);
  const max = Math.max(...byDay.map((d) => d.n));
  const bw = (W - 2) / days;
  const x = (d) => 1 + dayDiff(first, d) * bw;
  const g = mk('g', {});
  const from = S.filters.from, to = S.filters.to;
  for (const d of byDay) {
    const h = Math.max(1, (d.n / max) * (H - pad - 4));
    const inside = (!from || d.key >= from) && (!to || d.key <= to);
    const r = mk('rect', { x: x(d.key), y: H - pad - h, width: Math.max(1, bw - 1), height: h, class: inside ? 'bar' : 'bar out' });
    const tt = mk('title', {});
    tt.textContent = `${d.key}: ${d.n}`;
    r.append(tt);
    g.append(r);
  }
  svg.append(g);
  // month ticks
  for (let i = 0; i < days; i++) {
    const d = addDays(first, i);
    if (d.endsWith('-01') || i === 0) {
      svg.append(mk('line', { x1: x(d), x2: x(d), y1: H - pad, y2: H - pad + 4, class: 'tick' }));
      const lab = mk('text', { x: x(d) + 2, y: H - 4, class: 'tick-label' });
      lab.textContent = d.slice(0, 7);
      svg.append(lab);
    }
  }
  if (from || to) {
    const a = from && from > first ? x(from) : 1;
    const b = to && to < last ? x(to) + bw : W - 1;
    svg.append(mk('rect', { x: a, y: 0, width: Math.max(2, b - a), height: H - pad, class: 'brush' }));
  }
  $('#brush-clear').hidden = !(from || to);
  // brushing
  const dayAt = (px) => addDays(first, Math.min(days - 1, Math.max(0, Math.floor((px - 1) / bw))));
  let start = null, sel = null;
  const toX = (ev) => {
    const r = svg.getBoundingClientRect();
    return ((ev.clientX - r.left) / r.width) * W;
  };
  svg.onpointerdown = (ev) => {
    start = toX(ev);
    svg.setPointerCapture(ev.pointerId);
    sel = mk('rect', { x: start, y: 0, width: 1, height: H - pad, class: 'brush live' });
    svg.append(sel);
  };
  svg.onpointermove = (ev) => {
    if (start === null) return;
    const cur = toX(ev);
    sel.setAttribute('x', Math.min(start, cur));
    sel.setAttribute('width', Math.max(1, Math.abs(cur - start)));
  };
  svg.onpointerup = (ev) => {
    if (start === null) return;
    const end = toX(ev);
    const a = dayAt(Math.min(start, end)), b = dayAt(Math.max(start, end));
    start = null;
    S.filters.from = a;
    S.filters.to = b;
    syncForm();
    refresh(true);
  };
}

// ---------------------------------------------------------------- filters

function syncForm() {
  const f = $('#filters');
  for (const [k, v] of Object.entries(S.filters)) if (f.elements[k]) f.elements[k].value = v;
}

function fillSelects(stats) {
  const tsel = document.querySelector('select[name=type]');
  const keep = S.filters.type;
  tsel.replaceChildren(el('option', { value: '' }, t('any')));
  const types = new Set([...Object.keys(TYPES), ...stats.by_type.map((c) => c.key)]);
  for (const k of types) tsel.append(el('option', { value: k }, typeLabel(k)));
  // a sub-type in the address gets its own option rather than a blank box
  if (keep && !types.has(keep)) tsel.append(el('option', { value: keep }, subLabel(keep)));
  tsel.value = keep;
  const csel = document.querySelector('select[name=country]');
  const keepc = S.filters.country;
  csel.replaceChildren(el('option', { value: '' }, t('any')));
  for (const c of stats.by_country) {
    if (c.key === '??') continue;
    const o = el('option', { value: c.key }, `${countryName(c.key)} (${c.n})`);
    o.dataset.n = c.n;
    csel.append(o);
  }
  csel.value = keepc;
}

// ---------------------------------------------------------------- data

let refreshSeq = 0;
async function refresh(push) {
  writeUrl(push);
  const seq = ++refreshSeq;
  try {
    const [all, filtered, points, page] = await Promise.all([
      api('/api/stats?' + filterQuery({}, ['from', 'to'])),
      api('/api/stats?' + filterQuery()),
      api('/api/points?' + filterQuery({ view: 'fused' })),
      api('/api/events?' + filterQuery({ limit: 50, view: 'reports' })),
    ]);
    if (seq !== refreshSeq) return;
    S.stats = all;
    if (!S.selectsFilled) {
      const store = await api('/api/stats');
      fillSelects(store.filtered);
      S.selectsFilled = true;
    }
    renderTimeline(all.filtered.by_day);
    renderPoints(points.points);
    $('#summary').textContent = t('shown')(page.events.length, filtered.filtered.total, points.points.length);
    renderList(page, false);
  } catch (e) {
    $('#summary').textContent = t('error') + e.message;
  }
}

// A place in the interface's language: the words of the report in Arabic, the gazetteer's
// name in English.
function placeName(l) {
  if (!l) return '';
  return S.lang === 'ar' ? (l.text || l.name || '') : (l.name || l.text || '');
}

function eventLine(e) {
  const loc = placeName(e.location);
  const when = e.date ? e.date.start : '';
  const fat = e.fatalities ? ` · ${e.fatalities} ${t('fatal_short')}` : '';
  const conf = typeof e.confidence === 'number' ? ` · ${t('conf_short')} ${Math.round(e.confidence * 100)}%` : '';
  const ty = e.event_type;
  return el('li', { class: 'ev', 'data-id': e.id, tabindex: 0, role: 'button',
      onclick: () => selectEvent(String(e.id), true),
      onkeydown: (k) => { if (k.key === 'Enter') selectEvent(String(e.id), true); } },
    el('i', { class: 'dot', style: `background:${(TYPES[ty] || {}).color || '#555'}` }),
    el('div', { class: 'ev-main' },
      el('div', { class: 'ev-title' }, subLabel(e.sub_event_type), loc ? ' · ' : '', loc ? el('bdi', { dir: 'auto' }, loc) : null,
        e.status && e.status !== 'machine' ? [' ', statusChip(e.status)] : null),
      el('div', { class: 'ev-meta' }, when, e.location && e.location.country ? ' · ' + countryName(e.location.country) : '', fat, conf),
      e.sentence_text ? el('div', { class: 'ev-sentence', dir: 'rtl', lang: 'ar' }, clip(e.sentence_text, 140)) : null));
}

function clip(s, n) {
  const cps = Array.from(s);
  return cps.length > n ? cps.slice(0, n).join('') + '…' : s;
}

function renderList(page, append) {
  const ol = $('#event-list');
  if (!append) ol.replaceChildren();
  for (const e of page.events) ol.append(eventLine(e));
  if (!append && !page.events.length) ol.append(el('li', { class: 'empty' }, t('no_events')));
  S.cursor = page.next_cursor || null;
  $('#more').hidden = !S.cursor;
}

async function more() {
  if (!S.cursor) return;
  const page = await api('/api/events?' + filterQuery({ limit: 50, cursor: S.cursor, view: 'reports' }));
  renderList(page, true);
}

// ---------------------------------------------------------------- the article view

async function selectEvent(id, push) {
  S.event = id;
  writeUrl(push);
  try {
    const ev = await api('/api/events/' + encodeURIComponent(id));
    const art = await api('/api/articles/' + encodeURIComponent(ev.article.id));
    S.detail = ev;
    showArticle(art.article, art.events, String(id), art);
    focusMarker(id);
  } catch (e) {
    $('#summary').textContent = t('error') + e.message;
  }
}

function evidenceOf(e) {
  // [kind, span, label] for every field of the record that came from the text.
  const out = [];
  const add = (kind, x, label) => { if (x && x.span) out.push({ kind, span: x.span, label }); };
  add('trigger', e.trigger, t('f_trigger'));
  add('actor1', e.actor1, t('f_actor1'));
  add('actor2', e.actor2, t('f_actor2'));
  add('location', e.location, t('f_location'));
  if (e.date && e.date.span) out.push({ kind: 'date', span: e.date.span, label: t('f_date') });
  for (const c of e.fatalities_evidence || []) add('numbers', c, t('f_fatalities'));
  for (const c of e.injured_evidence || []) add('numbers', c, t('f_injured'));
  add('claimed', e.claimed_by, t('f_claimed'));
  return out;
}

// Split the text (by code points) at every span boundary; each piece gets the kinds covering it.
function highlight(text, marks, otherTriggers) {
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  const all = marks.concat(otherTriggers.map((s) => ({ kind: 'other', span: s.span, id: s.id })));
  for (const m of all) {
    cuts.add(Math.max(0, Math.min(cps.length, m.span[0])));
    cuts.add(Math.max(0, Math.min(cps.length, m.span[1])));
  }
  const pts = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    const piece = cps.slice(a, b).join('');
    const on = all.filter((m) => m.span[0] <= a && m.span[1] >= b && m.span[1] > m.span[0]);
    if (!on.length) {
      frag.append(piece);
      continue;
    }
    const own = on.filter((m) => m.kind !== 'other');
    if (own.length) {
      own.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
      const k = own[0].kind;
      frag.append(el('mark', { class: 'hl hl-' + k, 'data-kind': k, title: own.map((m) => m.label).join(' · ') }, piece));
    } else {
      const o = on[0];
      frag.append(el('mark', { class: 'hl hl-other', 'data-event': o.id, title: t('event_n'),
        onclick: () => o.id !== undefined && switchEvent(o.id) }, piece));
    }
  }
  return frag;
}

function showArticle(article, events, selectedId, stored) {
  S.view = { article, events, selected: selectedId, stored };
  $('#list-pane').hidden = true;
  $('#article-pane').hidden = false;
  renderArticle();
}

function switchEvent(id) {
  if (!S.view) return;
  S.view.selected = String(id);
  if (S.view.stored && S.review.on) {
    selectEvent(String(id), false);
    return;
  }
  if (S.view.stored) {
    S.event = String(id);
    writeUrl(false);
    focusMarker(id);
  }
  renderArticle();
}

function renderArticle() {
  const { article, events, selected } = S.view;
  const ev = events.find((e) => String(e.id) === selected) || events[0];
  const box = $('#article');
  const head = el('header', { class: 'art-head' },
    el('h2', {}, article.title || (S.view.stored ? article.id : t('pasted'))),
    el('div', { class: 'art-meta' }, article.source ? [el('bdi', {}, article.source), ' · '] : '', el('bdi', { dir: 'ltr' }, article.published)));
  const body = el('div', { class: 'art-text' });
  if (ev) {
    const others = events.filter((e) => e !== ev).map((e) => ({ span: e.trigger.span, id: e.id }));
    body.append(highlight(article.text, evidenceOf(ev), others));
  } else {
    body.append(article.text);
  }
  box.replaceChildren(head, body);
  // tabs for the article's events
  const tabs = $('#event-tabs');
  tabs.replaceChildren(...events.map((e, i) => el('button', {
    type: 'button', class: e === ev ? 'tab on' : 'tab',
    style: `border-color:${(TYPES[e.event_type] || {}).color || '#555'}`,
    onclick: () => switchEvent(e.id),
  }, `${i + 1}. ${subLabel(e.sub_event_type)}`)));
  renderRecord(ev);
  renderReview(ev);
  renderLegend();
  const first = box.querySelector('.hl-trigger');
  const side = document.querySelector('.side');
  if (first && side.scrollHeight > side.clientHeight && getComputedStyle(side).overflowY === 'auto') {
    const top = first.getBoundingClientRect().top - side.getBoundingClientRect().top + side.scrollTop;
    side.scrollTop = Math.max(0, top - side.clientHeight / 3);
  } else if (first) {
    first.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
  if (!ev) tabs.append(el('p', { class: 'empty' }, t('no_events_text')));
}

function renderRecord(e) {
  const tb = $('#record');
  tb.replaceChildren();
  if (!e) return;
  const row = (label, kind, ...val) => tb.append(el('tr', { 'data-kind': kind || '' },
    el('th', {}, kind ? el('i', { class: 'sw hl-' + kind }) : null, label),
    el('td', {}, ...val)));
  const actor = (a) => a ? [el('bdi', { lang: 'ar', dir: 'auto' }, a.text || a.canonical),
    a.canonical && a.text && a.canonical !== a.text ? [' (', el('bdi', { dir: 'auto' }, a.canonical), ')'] : ''] : [t('unknown')];
  row(t('f_type'), '', el('span', { class: 'type-chip', style: `background:${(TYPES[e.event_type] || {}).color || '#555'}` }, typeLabel(e.event_type)), ' / ', subLabel(e.sub_event_type));
  if (e.status) row(t('f_status'), '', statusChip(e.status),
    e.machine_disagrees && e.machine_disagrees.length ? el('div', { class: 'hint' }, t('disagrees') + e.machine_disagrees.join(', ')) : null);
  row(t('f_trigger'), 'trigger', el('bdi', { lang: 'ar', dir: 'auto' }, e.trigger.text));
  const d = e.date || {};
  row(t('f_date'), d.span ? 'date' : '', d.start === d.end ? d.start : `${d.start} – ${d.end}`,
    ` (${precisionLabel(d.precision)})`, d.text ? [' ', el('q', { class: 'said', lang: 'ar' }, d.text)] : '');
  row(t('f_actor1'), e.actor1 ? 'actor1' : '', ...actor(e.actor1));
  row(t('f_actor2'), e.actor2 ? 'actor2' : '', ...actor(e.actor2));
  const l = e.location;
  row(t('f_location'), l ? 'location' : '', ...(l ? [l.text ? el('bdi', { lang: 'ar', dir: 'auto' }, l.text) : '',
    l.name && l.name !== l.text ? [l.text ? ' → ' : '', el('bdi', { dir: 'auto' }, l.name)] : '',
    l.admin1 ? [', ', el('bdi', { dir: 'auto' }, l.admin1)] : '', l.country ? [', ', el('bdi', { dir: 'auto' }, countryName(l.country))] : '',
    l.lat !== undefined ? el('div', { class: 'coords' }, `${(+l.lat).toFixed(3)}, ${(+l.lon).toFixed(3)} · ${precisionLabel(l.precision)}`) : null] : [t('unknown')]));
  const num = (n, lo, hi, evs) => n === null || n === undefined ? t('unknown') :
    [String(n), lo !== undefined && hi !== undefined ? ` (${lo}–${hi})` : '',
      ...(evs || []).map((c) => [' ', el('q', { class: 'said', lang: 'ar' }, c.text)])];
  row(t('f_fatalities'), e.fatalities_evidence && e.fatalities_evidence.length ? 'numbers' : '', ...[num(e.fatalities, e.fatalities_low, e.fatalities_high, e.fatalities_evidence)].flat(2));
  row(t('f_injured'), e.injured_evidence && e.injured_evidence.length ? 'numbers' : '', ...[num(e.injured, undefined, undefined, e.injured_evidence)].flat(2));
  row(t('f_claimed'), e.claimed_by ? 'claimed' : '', e.claimed_by ? el('bdi', { lang: 'ar', dir: 'auto' }, e.claimed_by.text) : t('unknown'));
  if (typeof e.confidence === 'number') row(t('f_confidence'), '', `${Math.round(e.confidence * 100)}%`);
  if (e.article && e.article.url) {
    row(t('f_article'), '', el('a', { href: e.article.url, rel: 'noreferrer noopener', target: '_blank' }, el('bdi', { dir: 'auto' }, e.article.source || e.article.url)));
  }
  for (const tr of tb.querySelectorAll('tr[data-kind]')) {
    const k = tr.dataset.kind;
    if (!k) continue;
    tr.addEventListener('mouseenter', () => document.querySelectorAll('.hl-' + k).forEach((m) => m.classList.add('flash')));
    tr.addEventListener('mouseleave', () => document.querySelectorAll('.hl-' + k).forEach((m) => m.classList.remove('flash')));
  }
  if (e.fused_id !== undefined && S.view && S.view.stored) renderFusedReports(tb, e);
}

// ---------------------------------------------------------------- fused events

// The other reports of the same real event (its fused event): each opens its own article.
async function renderFusedReports(tb, e) {
  let f;
  try {
    f = await api('/api/fused/' + encodeURIComponent(e.fused_id));
  } catch (_) {
    return;
  }
  if (!f || !Array.isArray(f.reports) || $('#record') !== tb || !tb.isConnected) return;
  const ar = S.lang === 'ar';
  const toll = f.fatalities && f.fatalities.best !== null && f.fatalities.best !== undefined
    ? ` · ${ar ? 'قتلى' : 'killed'} ${f.fatalities.best} (${f.fatalities.low}–${f.fatalities.high})` : '';
  const items = f.reports.map((r) => el('li', { class: r.event_id === e.id ? 'fused-report on' : 'fused-report' },
    el('a', { href: '?event=' + r.event_id, onclick: (ev) => { ev.preventDefault(); selectEvent(r.event_id, true); } },
      el('bdi', { dir: 'ltr' }, r.article.published), ' · ', el('bdi', {}, r.article.source || ''), ' · ',
      el('q', { class: 'said', lang: 'ar' }, r.trigger.text))));
  tb.append(el('tr', { class: 'fused' },
    el('th', {}, ar ? 'تقارير الحدث' : 'Reports of this event'),
    el('td', {}, `${f.report_count} · ${f.outlets.length} ${ar ? 'مصادر' : 'outlets'}${toll}`, el('ul', { class: 'fused-reports' }, ...items))));
}

function renderLegend() {
  const ul = $('#legend');
  ul.replaceChildren(...KINDS.map((k) => el('li', {}, el('mark', { class: 'hl hl-' + k }, t('k_' + k)))));
}

function backToList(push) {
  if (S.selRing) S.selRing.remove();
  S.selRing = null;
  S.event = null;
  S.view = null;
  $('#article-pane').hidden = true;
  $('#list-pane').hidden = false;
  writeUrl(push);
}

// ---------------------------------------------------------------- paste an article

function initPaste() {
  const dlg = $('#paste-dialog');
  const form = $('#paste-form');
  $('#paste-open').onclick = () => {
    if (!form.elements.published.value) form.elements.published.value = new Date().toISOString().slice(0, 10);
    $('#paste-error').textContent = '';
    dlg.showModal();
  };
  $('#paste-cancel').onclick = () => dlg.close();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('#paste-error').textContent = '';
    try {
      const out = await api('/api/extract', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: form.elements.text.value, published: form.elements.published.value }),
      });
      dlg.close();
      const events = out.events.map((e, i) => Object.assign({ id: 'p' + i }, e));
      showArticle(Object.assign({ text: out.text }, out.article), events, events.length ? 'p0' : null, null);
    } catch (e) {
      $('#paste-error').textContent = t('error') + e.message;
    }
  });
}

// ---------------------------------------------------------------- start

async function main() {
  readUrl();
  applyLang();
  syncForm();
  await initMap();
  initPaste();
  $('#filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = ev.target.elements;
    for (const k of Object.keys(S.filters)) S.filters[k] = (f[k].value || '').trim();
    refresh(true);
  });
  $('#reset').onclick = () => {
    for (const k of Object.keys(S.filters)) S.filters[k] = '';
    syncForm();
    backToList(false);
    refresh(true);
  };
  $('#brush-clear').onclick = () => {
    S.filters.from = '';
    S.filters.to = '';
    syncForm();
    refresh(true);
  };
  $('#more').onclick = more;
  initReview();
  $('#back').onclick = () => backToList(true);
  $('#lang-toggle').onclick = () => {
    S.lang = S.lang === 'ar' ? 'en' : 'ar';
    localStorage.setItem('marsad-lang', S.lang);
    applyLang();
    writeUrl(false);
    if (S.view) renderArticle();
    if (S.stats) renderTimeline(S.stats.filtered.by_day);
  };
  window.addEventListener('popstate', () => {
    readUrl();
    syncForm();
    applyLang();
    refresh(false);
    if (S.event) selectEvent(S.event, false); else backToList(false);
  });
  window.addEventListener('resize', () => { if (S.stats) renderTimeline(S.stats.filtered.by_day); });
  await refresh(false);
  if (new URL(location.href).searchParams.get('review')) await openQueue();
  else if (S.event) selectEvent(S.event, false);
}

// ---------------------------------------------------------------- review

// The reviewer's state: the queue of machine records, the one on screen, the token.
S.review = { on: false, queue: [], i: -1, token: localStorage.getItem('marsad-token') || '', place: null, sel: null };

function statusChip(st) {
  return el('span', { class: 'status status-' + st, 'data-status': st }, t('st_' + st));
}

function subTypeOptions(sel, value) {
  sel.replaceChildren();
  for (const [ty, v] of Object.entries(TYPES)) {
    const g = el('optgroup', { label: v[S.lang] });
    for (const st of SUBTYPES_OF[ty]) g.append(el('option', { value: st }, subLabel(st)));
    sel.append(g);
  }
  if (value) sel.value = value;
}

const SUBTYPES_OF = {
  battles: ['armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory'],
  explosions_remote_violence: ['air_drone_strike', 'shelling_artillery_missile_attack', 'suicide_bomb', 'remote_explosive_landmine_ied', 'grenade', 'chemical_weapon'],
  violence_against_civilians: ['attack', 'abduction_forced_disappearance', 'sexual_violence'],
  protests: ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters'],
  riots: ['violent_demonstration', 'mob_violence'],
  strategic_developments: ['agreement', 'arrests', 'change_to_group_activity', 'disrupted_weapons_use', 'headquarters_or_base_established', 'looting_property_destruction', 'non_violent_transfer_of_territory', 'other'],
};

async function write(path, body) {
  if (!S.review.token) throw new Error(t('need_token'));
  const r = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + S.review.token },
    body: JSON.stringify(body),
  });
  const out = await r.json().catch(() => ({}));
  if (!r.ok) {
    const e = new Error((out.error && out.error.message) || r.statusText);
    e.status = r.status;
    throw e;
  }
  return out;
}

function say(msg, err) {
  const p = $('#review-msg');
  p.textContent = msg;
  p.classList.toggle('err', !!err);
}

async function whoami() {
  $('#review-who').textContent = '';
  if (!S.review.token) return;
  try {
    const r = await fetch('/api/whoami', { headers: { authorization: 'Bearer ' + S.review.token } });
    const b = await r.json();
    $('#review-who').textContent = r.ok ? '✓ ' + b.reviewer : (b.error && b.error.message) || r.statusText;
  } catch (_) { /* shown on the next write */ }
}

async function openQueue() {
  S.review.on = true;
  S.review.token = S.review.token || localStorage.getItem('marsad-token') || '';
  $('#queue-pane').hidden = false;
  $('#list-pane').hidden = true;
  $('#review-token').value = S.review.token;
  whoami();
  const page = await api('/api/events?' + filterQuery({ status: 'machine', view: 'reports', limit: 1000 }));
  let q = page.events;
  if ($('#queue-order').value === 'confidence') {
    // least confident first; records without a confidence after those with one
    q = q.slice().sort((a, b) => (a.confidence ?? 2) - (b.confidence ?? 2) || b.id - a.id);
  }
  S.review.queue = q;
  renderQueue();
  if (q.length) await openItem(0);
  else $('#queue-list').append(el('li', { class: 'empty' }, t('queue_empty')));
}

function closeQueue() {
  S.review.on = false;
  $('#queue-pane').hidden = true;
  $('#review-box').hidden = true;
  $('#add-box').hidden = true;
  backToList(true);
  refresh(false);
}

function renderQueue() {
  const ol = $('#queue-list');
  ol.replaceChildren(...S.review.queue.map((e, i) => {
    const li = eventLine(e);
    li.onclick = () => openItem(i);
    li.onkeydown = (k) => { if (k.key === 'Enter') openItem(i); };
    if (i === S.review.i) li.classList.add('current');
    return li;
  }));
}

async function openItem(i) {
  const q = S.review.queue;
  if (!q.length) return;
  S.review.i = Math.max(0, Math.min(q.length - 1, i));
  renderQueue();
  const cur = $('#queue-list li.current');
  if (cur) cur.scrollIntoView({ block: 'nearest' });
  await selectEvent(String(q[S.review.i].id), false);
}

// After an action: the record leaves the queue (it is no longer a machine record).
async function advance(id) {
  const q = S.review.queue;
  const k = q.findIndex((e) => String(e.id) === String(id));
  if (k >= 0) q.splice(k, 1);
  if (!q.length) {
    renderQueue();
    $('#queue-list').append(el('li', { class: 'empty' }, t('queue_empty')));
    await selectEvent(String(id), false);
    return;
  }
  await openItem(Math.min(k >= 0 ? k : S.review.i, q.length - 1));
}

function renderReview(ev) {
  const box = $('#review-box');
  const stored = S.view && S.view.stored;
  box.hidden = !(S.review.on && stored && ev);
  $('#add-box').hidden = !(S.review.on && stored);
  $('#add-form').hidden = true;
  $('#add-sel').disabled = true;
  S.review.sel = null;
  if (box.hidden) return;
  $('#reject-form').hidden = true;
  $('#edit-form').hidden = true;
  say('');
  const d = S.detail && String(S.detail.id) === String(ev.id) ? S.detail : ev;
  $('#history').replaceChildren(...(d.history || []).map((h) => el('li', { 'data-action': h.action },
    el('bdi', { dir: 'ltr' }, h.at.replace('T', ' ').slice(0, 19)), ' · ', el('bdi', { dir: 'auto' }, h.reviewer), ' · ', h.action,
    h.note ? [' · ', el('q', { class: 'said' }, h.note)] : '')));
}

function current() {
  if (!S.view || !S.view.stored) return null;
  return S.view.events.find((e) => String(e.id) === S.view.selected) || null;
}

async function act(body) {
  const ev = current();
  if (!ev) return;
  try {
    await write('/api/events/' + ev.id + '/review', Object.assign({ base: ev.version || 0 }, body));
    S.keepView = true;
    await refresh(false);
    S.keepView = false;
    await advance(ev.id);
    say(t('done')(body.action));
  } catch (e) {
    if (e.status === 409) {
      await selectEvent(String(ev.id), false);
      say(t('conflict'), true);
    } else {
      say(t('error') + e.message, true);
    }
  }
}

function startEdit() {
  const ev = current();
  if (!ev) return;
  const f = $('#edit-form');
  f.hidden = false;
  $('#reject-form').hidden = true;
  subTypeOptions(f.elements.sub_event_type, ev.sub_event_type);
  f.elements.date_start.value = ev.date.start;
  f.elements.date_end.value = ev.date.end;
  f.elements.fatalities.value = ev.fatalities ?? '';
  f.elements.injured.value = ev.injured ?? '';
  f.elements.actor1.value = ev.actor1 ? ev.actor1.canonical : '';
  f.elements.actor2.value = ev.actor2 ? ev.actor2.canonical : '';
  const l = ev.location || {};
  f.elements.place_name.value = l.name || l.text || '';
  f.elements.place_country.value = l.country || '';
  f.elements.lat.value = l.lat ?? '';
  f.elements.lon.value = l.lon ?? '';
  S.review.place = null;
  $('#place-results').replaceChildren();
  f.elements.sub_event_type.focus();
}

function editFields() {
  const ev = current();
  const f = $('#edit-form').elements;
  const fields = {};
  if (f.sub_event_type.value !== ev.sub_event_type) fields.sub_event_type = f.sub_event_type.value;
  if (f.date_start.value !== ev.date.start || f.date_end.value !== ev.date.end) {
    fields.date = { start: f.date_start.value, end: f.date_end.value || f.date_start.value };
  }
  const num = (v) => (v === '' ? null : Number(v));
  if (num(f.fatalities.value) !== (ev.fatalities ?? null)) fields.fatalities = num(f.fatalities.value);
  if (num(f.injured.value) !== (ev.injured ?? null)) fields.injured = num(f.injured.value);
  for (const k of ['actor1', 'actor2']) {
    const v = f[k].value.trim();
    if (v !== (ev[k] ? ev[k].canonical : '')) fields[k] = v ? { canonical: v } : null;
  }
  const l = ev.location || {};
  const lat = num(f.lat.value), lon = num(f.lon.value);
  const name = f.place_name.value.trim(), cc = f.place_country.value.trim().toUpperCase();
  if (S.review.place || lat !== (l.lat ?? null) || lon !== (l.lon ?? null) || name !== (l.name || l.text || '') || cc !== (l.country || '')) {
    const p = { name: name || null, country: cc || null, lat, lon };
    if (S.review.place && S.review.place.precision) p.precision = S.review.place.precision;
    if (S.review.place && S.review.place.admin1) p.admin1 = S.review.place.admin1;
    if (S.review.place && S.review.place.id) p.gazetteer_id = S.review.place.id;
    fields.location = p;
  }
  return fields;
}

async function searchPlace(q) {
  const ul = $('#place-results');
  ul.replaceChildren();
  if (!q.trim()) return;
  try {
    const r = await api('/api/places?q=' + encodeURIComponent(q.trim()));
    if (!r.places.length) ul.append(el('li', { class: 'empty' }, t('no_place')));
    for (const p of r.places) {
      ul.append(el('li', { tabindex: 0, 'data-id': p.id, onclick: () => choosePlace(p) },
        el('bdi', { dir: 'auto' }, S.lang === 'ar' ? p.name_ar || p.name : p.name), ', ', el('bdi', { dir: 'auto' }, p.admin1 || ''), ' ', countryName(p.country),
        el('span', { class: 'coords' }, ` ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`)));
    }
  } catch (e) {
    say(t('error') + e.message, true);
  }
}

function choosePlace(p) {
  const f = $('#edit-form').elements;
  S.review.place = p;
  f.place_name.value = p.name;
  f.place_country.value = p.country;
  f.lat.value = p.lat;
  f.lon.value = p.lon;
  $('#place-results').replaceChildren();
  showPick(p.lat, p.lon);
}

function showPick(lat, lon) {
  if (S.pickMark) S.pickMark.remove();
  S.pickMark = L.circleMarker([lat, lon], { radius: 9, color: '#0b5563', weight: 3, fillOpacity: 0.3, className: 'pick-mark' }).addTo(S.map);
}

function pickOnMap() {
  document.body.classList.add('picking');
  say(t('pick_hint'));
  S.map.once('click', (e) => {
    document.body.classList.remove('picking');
    const f = $('#edit-form').elements;
    const ll = e.latlng.wrap();
    f.lat.value = ll.lat.toFixed(5);
    f.lon.value = ll.lng.toFixed(5);
    S.review.place = { precision: 'populated_place' };
    showPick(ll.lat, ll.lng);
    say('');
  });
}

// The selected words of the article, as a span of code points of its text.
function selectionSpan() {
  const body = document.querySelector('#article .art-text');
  const sel = window.getSelection();
  if (!body || !sel || sel.isCollapsed || !sel.rangeCount) return null;
  const r = sel.getRangeAt(0);
  if (!body.contains(r.startContainer) || !body.contains(r.endContainer)) return null;
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(r.startContainer, r.startOffset);
  const a = Array.from(before.toString()).length;
  const b = a + Array.from(r.toString()).length;
  return b > a ? [a, b] : null;
}

function initReview() {
  $('#review-open').onclick = () => { writeReviewUrl(true); openQueue(); };
  $('#queue-close').onclick = () => { writeReviewUrl(false); closeQueue(); };
  $('#queue-order').onchange = () => openQueue();
  $('#review-token').onchange = (e) => {
    S.review.token = e.target.value.trim();
    localStorage.setItem('marsad-token', S.review.token);
    whoami();
  };
  $('#rv-verify').onclick = () => act({ action: 'verify' });
  $('#rv-reject').onclick = () => {
    $('#edit-form').hidden = true;
    $('#reject-form').hidden = false;
    $('#reject-form').elements.reason.focus();
  };
  $('#rv-edit').onclick = startEdit;
  $('#reject-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    act({ action: 'reject', reason: ev.target.elements.reason.value });
  });
  $('#edit-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fields = editFields();
    if (!Object.keys(fields).length) return act({ action: 'verify' });
    act({ action: 'edit', fields });
  });
  $('#place-q').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); searchPlace(e.target.value); }
  });
  $('#place-q').addEventListener('change', (e) => searchPlace(e.target.value));
  $('#pick-map').onclick = pickOnMap;
  document.querySelector('#article').addEventListener('mouseup', () => {
    if (!S.review.on) return;
    S.review.sel = selectionSpan();
    $('#add-sel').disabled = !S.review.sel;
  });
  $('#add-sel').onclick = () => {
    const sp = S.review.sel;
    if (!sp || !S.view) return;
    const f = $('#add-form');
    f.hidden = false;
    $('#add-words').textContent = Array.from(S.view.article.text).slice(sp[0], sp[1]).join('');
    subTypeOptions(f.elements.sub_event_type, 'armed_clash');
    f.elements.sub_event_type.focus();
  };
  $('#add-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const sp = S.review.sel;
    const f = ev.target.elements;
    const fields = { sub_event_type: f.sub_event_type.value };
    if (f.fatalities.value !== '') fields.fatalities = Number(f.fatalities.value);
    try {
      const rec = await write('/api/articles/' + S.view.stored.id + '/events', { action: 'add', span: sp, fields });
      S.keepView = true;
      await refresh(false);
      S.keepView = false;
      await selectEvent(String(rec.id), false);
      say(t('done')('add'));
    } catch (e) {
      say(t('error') + e.message, true);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (!S.review.on || e.ctrlKey || e.metaKey || e.altKey) return;
    const tag = (e.target.tagName || '').toLowerCase();
    if (e.key === 'Escape') {
      $('#reject-form').hidden = true;
      $('#edit-form').hidden = true;
      $('#add-form').hidden = true;
      if (['input', 'select', 'textarea'].includes(tag)) e.target.blur();
      return;
    }
    if (['input', 'select', 'textarea'].includes(tag)) return;
    const k = e.key;
    if (k === 'j' || k === 'ArrowDown') { e.preventDefault(); openItem(S.review.i + 1); }
    else if (k === 'k' || k === 'ArrowUp') { e.preventDefault(); openItem(S.review.i - 1); }
    else if (k === 'v') { e.preventDefault(); act({ action: 'verify' }); }
    else if (k === 'r') { e.preventDefault(); $('#rv-reject').click(); }
    else if (k === 'e') { e.preventDefault(); startEdit(); }
  });
}

function writeReviewUrl(on) {
  const u = new URL(location.href);
  if (on) u.searchParams.set('review', '1'); else u.searchParams.delete('review');
  history.replaceState(null, '', u.pathname + u.search);
}

main();
