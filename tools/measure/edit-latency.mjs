// Measures, in a real browser, the time from an energy edit to every key number on screen having changed (the page hooks
// #geometry-two-theta, #absorption-length, #absorption-transmission, #lens-d1, #lens-magnification; docs/api.md "Page hooks").
// Debian's /usr/bin/chromium through playwright-core (no browser download). The set-up uses only controls that exist in
// every version of the page (crystal picker or CIF upload, energy field, go-to reflection), so two builds can be compared.
//
//   (cd tools/measure && npm ci)
//   node tools/measure/edit-latency.mjs http://127.0.0.1:PORT linbo3 [edits=30]
//   node tools/measure/edit-latency.mjs http://127.0.0.1:PORT s8 [edits=30]
//
// Timing is taken inside the page (performance.now() before the change event, polled every animation frame), so the
// script's own round trips do not count. Prints one line per edit and the median and p95.
import { chromium } from 'playwright-core';
import { keys, openScenario, setups } from './edit-scenario.mjs';

const [base, scenario = 'linbo3', editsArg = '30'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node edit-latency.mjs BASE_URL linbo3|s8 [edits]');
  process.exit(2);
}
const edits = Math.max(30, Number(editsArg));
const setup = setups[scenario];
if (!setup) {
  console.error(`unknown scenario ${scenario}`);
  process.exit(2);
}
/** The energy of edit k (k ≥ −3: three warm-up edits first): a triangle walk from the start, `steps` steps up and back
 *  down to it, and again, so that consecutive energies always differ. */
const energyOf = k => {
  const i = (k + 3) % (2 * setup.steps);
  return Number((setup.energyKeV + setup.step * (i < setup.steps ? i + 1 : 2 * setup.steps - i - 1)).toFixed(3));
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.setDefaultTimeout(120_000);
await openScenario(page, base, setup);

/** One edit: set the energy, fire the change event, wait until every key number differs from before. */
async function edit(energyKeV) {
  return page.evaluate(async ({ value, ids }) => {
    const text = () => ids.map(id => document.querySelector(id)?.textContent ?? '');
    const before = text();
    const input = document.querySelector('#energy-kev');
    input.value = value;
    const t0 = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return await new Promise((resolve, reject) => {
      const poll = () => {
        const now = text();
        if (now.every((t, i) => t !== before[i] && /\d/.test(t))) {
          resolve(performance.now() - t0);
        } else if (performance.now() - t0 > 60_000) {
          reject(new Error(`after setting ${value} keV, not every key number changed within 60 s: ` +
            JSON.stringify(Object.fromEntries(ids.map((id, i) => [id, now[i]])))));
        } else {
          requestAnimationFrame(poll);
        }
      };
      poll();
    });
  }, { value: String(energyKeV), ids: keys });
}

const times = [];
for (let k = -3; k < edits; k++) {
  const energy = energyOf(k);
  const ms = await edit(energy);
  if (k >= 0) {
    times.push(ms);
    console.log(`edit ${k + 1}: ${energy} keV -> key numbers on screen after ${ms.toFixed(1)} ms`);
  }
  await page.waitForTimeout(1000); // a person types the next value; the background work of the last one may go on
}
times.sort((a, b) => a - b);
const pick = q => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
console.log(`${scenario}: ${times.length} edits, median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
await browser.close();
