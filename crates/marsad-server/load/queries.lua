-- wrk script: GET /api/events with a rotating set of filters, optionally with malformed
-- requests mixed in (MALFORMED=1 in the environment: one request in four is malformed).
-- Counts answers by status class; an error is a 5xx, an unexpected status or a socket error.
local good = {
  "/api/events",
  "/api/events?limit=20",
  "/api/events?country=YE&from=2015-08-01&to=2015-08-31",
  "/api/events?country=YE&type=explosions_remote_violence&limit=50",
  "/api/events?country=SY&limit=50",
  "/api/events?country=IQ&type=battles&limit=50",
  "/api/events?type=air_drone_strike&from=2015-08-01&to=2015-08-15&limit=50",
  "/api/events?near=15.35,44.2,100&limit=50",
  "/api/events?bbox=42,12,46,19&limit=50",
  "/api/events?actor=Houthi&limit=50",
  "/api/events?text=%D8%B5%D9%86%D8%B9%D8%A7%D8%A1&limit=50",
  -- the second page: a cursor is bound to its filters, so run.sh asks the server for it
  "/api/events?limit=50&cursor=" .. (os.getenv("CURSOR") or ""),
  "/api/events?country=SA&limit=50",
  "/api/events?from=2015-07-01&to=2015-07-31&limit=50",
}
local bad = {
  "/api/events?from=2015-13-45",
  "/api/events?colour=red",
  "/api/events?limit=1000000",
  "/api/events?cursor=%27%3B%20DROP%20TABLE%20events%3B--",
  "/api/events?bbox=1,2",
  "/api/events?country=YE%27%20OR%201%3D1",
  "/api/events/not-a-number",
  "/api/events?near=999,999,5",
}
local mixed = os.getenv("MALFORMED") == "1"
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  ok, client, server, other = 0, 0, 0, 0
end

function request()
  n = n + 1
  local path
  if mixed and n % 4 == 0 then
    path = bad[math.floor(n / 4) % #bad + 1]
  else
    path = good[n % #good + 1]
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status >= 400 and status < 500 then client = client + 1
  elseif status >= 500 then server = server + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local o, c, s, x = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); c = c + t:get("client"); s = s + t:get("server"); x = x + t:get("other")
  end
  local e = summary.errors
  local sock = e.connect + e.read + e.write + e.timeout
  io.write(string.format("requests %d: 200 %d, 4xx %d, 5xx %d, other %d; socket errors %d (connect %d, read %d, write %d, timeout %d)\n",
    summary.requests, o, c, s, x, sock, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f requests/s\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("errors (5xx + unexpected + socket): %d\n", s + x + sock))
end
