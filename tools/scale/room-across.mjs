// Part of tools/scale/topology.sh: a live room spanning two app instances, and a Blazor circuit through the proxy.
//   node tools/scale/room-across.mjs URL_A URL_B URL_PROXY ROOM_ID [edits]
// Page A is in the room on instance a, page B on instance b; an energy edit on A must appear in B's energy field.
// Latency = B's Date.now() when its field changed − A's Date.now() when the edit was committed (one machine, one clock).
import { createRequire } from 'node:module';
const require = createRequire(new URL('../measure/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [urlA, urlB, urlProxy, roomId, editsArg = '10'] = process.argv.slice(2);
if (!roomId) {
  console.error('usage: node room-across.mjs URL_A URL_B URL_PROXY ROOM_ID [edits]');
  process.exit(2);
}
const edits = Math.max(1, Number(editsArg));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const open = async url => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    page.setDefaultTimeout(180_000); // generous: the first circuit of a cold instance on a busy 2-core machine
    page.on('console', m => { if (m.type() === 'error') console.log(`[${url}] console ${m.type()}: ${m.text()}`); });
    page.on('requestfailed', r => console.log(`[${url}] request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    await page.goto(url, { timeout: 120_000 });
    await page.locator('#interactive').waitFor({ state: 'attached' });
    return page;
  };
  // A browser through the proxy: its circuit's WebSocket must reach the instance that rendered the page.
  const p = await open(`${urlProxy}/`);
  const before = await p.locator('#geometry-two-theta').textContent();
  await p.locator('#energy-kev').fill('19.5');
  await p.locator('#energy-kev').press('Tab');
  await p.waitForFunction(t => document.querySelector('#geometry-two-theta')?.textContent !== t, before);
  const cookie = (await p.context().cookies()).find(c => c.name === 'dfx_instance');
  console.log(`through the proxy: circuit on instance ${cookie?.value}, 2θ ${before} -> ${await p.locator('#geometry-two-theta').textContent()}`);

  const a = await open(`${urlA}/r/${roomId}`);
  const b = await open(`${urlB}/r/${roomId}`);
  // The planner first shows the example plan; the room's plan and its edits flow once the room bar says live.
  for (const page of [a, b]) await page.locator('#room[data-status="live"]').waitFor();
  // B notes when its energy field shows each new value.
  await b.evaluate(() => {
    window.__seen = {};
    const poll = () => {
      const v = document.querySelector('#energy-kev')?.value;
      if (v && !(v in window.__seen)) window.__seen[v] = Date.now();
      requestAnimationFrame(poll);
    };
    poll();
  });
  const times = [];
  for (let k = 1; k <= edits; k++) {
    const value = (20 + k * 0.125).toFixed(3); // never the room's starting energy (18.25 keV), which B has already shown
    const t0 = await a.evaluate(v => {
      const input = document.querySelector('#energy-kev');
      input.value = v;
      const t = Date.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return t;
    }, value);
    await b.waitForFunction(v => window.__seen && Object.keys(window.__seen).some(s => Number(s) === Number(v)), value);
    const t1 = await b.evaluate(v => Object.entries(window.__seen).find(([s]) => Number(s) === Number(v))[1], value);
    times.push(t1 - t0);
    console.log(`room edit ${k}: ${value} keV on a -> shown on b after ${t1 - t0} ms`);
    await a.waitForTimeout(300);
  }
  times.sort((x, y) => x - y);
  const pick = q => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  console.log(`room across instances: ${times.length} edits, median ${pick(0.5)} ms, p95 ${pick(0.95)} ms`);

} finally {
  await browser.close();
}
