// Where the time of one energy edit goes, in the browser (a diagnostic next to edit-latency.mjs, same set-up): for each edit,
// relative to the change event, when the event left on the circuit's WebSocket, every message that came back (size, and
// whether it is a render batch or a JS call such as Plotly.react or the 3D viewer's diff), when each key number changed
// (MutationObserver) and the long tasks (> 50 ms) of the browser's main thread.
//
//   node tools/measure/edit-trace.mjs http://127.0.0.1:PORT linbo3|s8 [edits=8]
//
// Prints one block per edit and, at the end, the medians of: last key number changed, first message back, bytes back
// before the last key number changed, bytes back in all, main-thread long-task time.
import { chromium } from 'playwright-core';
import { keys, openScenario, setups } from './edit-scenario.mjs';

const [base, scenario = 'linbo3', editsArg = '8'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node edit-trace.mjs BASE_URL linbo3|s8 [edits]');
  process.exit(2);
}
const edits = Math.max(1, Number(editsArg));
const setup = setups[scenario];
if (!setup) {
  console.error(`unknown scenario ${scenario}`);
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.setDefaultTimeout(120_000);
// Before any page script: every WebSocket message in and out, with its time and size, and the main thread's long tasks.
await page.addInitScript(() => {
  const log = (window.__trace = { ws: [], long: [] });
  const Native = window.WebSocket;
  const size = d => (typeof d === 'string' ? d.length : d.byteLength ?? d.size ?? 0);
  const kind = d => {
    const text = typeof d === 'string' ? d : new TextDecoder().decode(d instanceof ArrayBuffer ? d : d.buffer ?? new ArrayBuffer(0));
    // One WebSocket frame may carry several circuit messages (a render batch and the JS call queued right behind it).
    const parts = [...text.matchAll(/JS\.RenderBatch|applyDiff|replaceAddress|newPlot|react|mudPopover/g)].map(m => m[0] === 'JS.RenderBatch' ? 'batch' : 'js:' + m[0]);
    return parts.length ? [...new Set(parts)].join('+') : text.slice(0, 40).replace(/[^\x20-\x7e]/g, '.');
  };
  window.WebSocket = class extends Native {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', e => log.ws.push({ t: performance.now(), dir: 'in', bytes: size(e.data), kind: kind(e.data) }));
    }
    send(d) {
      log.ws.push({ t: performance.now(), dir: 'out', bytes: size(d), kind: kind(d) });
      return super.send(d);
    }
  };
  new PerformanceObserver(list => list.getEntries().forEach(e => log.long.push({ t: e.startTime, ms: e.duration }))).observe({ type: 'longtask', buffered: true });
});
await openScenario(page, base, setup);

async function edit(energyKeV) {
  return page.evaluate(async ({ value, ids }) => {
    const log = window.__trace;
    const text = () => ids.map(id => document.querySelector(id)?.textContent ?? '');
    const before = text();
    const changed = {};
    const observer = new MutationObserver(() => {
      const now = performance.now();
      text().forEach((t, i) => { if (t !== before[i] && !(ids[i] in changed)) changed[ids[i]] = now; });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const input = document.querySelector('#energy-kev');
    input.value = value;
    const t0 = performance.now();
    const wsFrom = log.ws.length, longFrom = log.long.length;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const onScreen = await new Promise(resolve => {
      const poll = () => {
        const now = text();
        if (now.every((t, i) => t !== before[i] && /\d/.test(t))) resolve(performance.now() - t0);
        else if (performance.now() - t0 > 20_000) resolve(NaN);
        else requestAnimationFrame(poll);
      };
      poll();
    });
    await new Promise(r => setTimeout(r, 1000)); // the background phases of this edit
    observer.disconnect();
    return {
      onScreen,
      changed: Object.fromEntries(Object.entries(changed).map(([k, t]) => [k, t - t0])),
      ws: log.ws.slice(wsFrom).map(m => ({ ...m, t: m.t - t0 })),
      long: log.long.slice(longFrom).filter(l => l.t >= t0 - 5).map(l => ({ t: l.t - t0, ms: l.ms })),
    };
  }, { value: String(energyKeV), ids: keys });
}

const rows = [];
for (let k = 0; k < edits + 2; k++) {
  const energy = Number((setup.energyKeV + setup.step * (k + 1)).toFixed(3));
  const r = await edit(energy);
  if (k < 2) continue; // warm-up
  const lastKey = Math.max(...Object.values(r.changed));
  const firstIn = r.ws.find(m => m.dir === 'in')?.t ?? NaN;
  const bytesBefore = r.ws.filter(m => m.dir === 'in' && m.t <= lastKey).reduce((s, m) => s + m.bytes, 0);
  const bytesAll = r.ws.filter(m => m.dir === 'in').reduce((s, m) => s + m.bytes, 0);
  const longMs = r.long.reduce((s, l) => s + l.ms, 0);
  rows.push({ onScreen: r.onScreen, lastKey, firstIn, bytesBefore, bytesAll, longMs });
  console.log(`edit ${energy} keV: on screen ${r.onScreen.toFixed(1)} ms (rAF poll), last key changed ${lastKey.toFixed(1)} ms`);
  console.log('  keys: ' + Object.entries(r.changed).map(([k, t]) => `${k}@${t.toFixed(1)}`).join(' '));
  console.log('  ws:   ' + r.ws.map(m => `${m.dir === 'in' ? '←' : '→'}${m.t.toFixed(1)} ${m.kind} ${m.bytes}B`).join(' | '));
  console.log('  long: ' + (r.long.map(l => `@${l.t.toFixed(1)} ${l.ms.toFixed(0)}ms`).join(' ') || '—'));
}
const median = f => { const v = rows.map(f).sort((a, b) => a - b); return v[Math.floor((v.length - 1) / 2)]; };
console.log(`${scenario}: ${rows.length} edits, medians: on screen ${median(r => r.onScreen).toFixed(1)} ms, last key ${median(r => r.lastKey).toFixed(1)} ms, ` +
  `first message back ${median(r => r.firstIn).toFixed(1)} ms, bytes back before last key ${median(r => r.bytesBefore)}, all ${median(r => r.bytesAll)}, long tasks ${median(r => r.longMs).toFixed(0)} ms`);
await browser.close();
