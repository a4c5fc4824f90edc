// Measures the 3D viewer in Debian's Chromium (SwiftShader WebGL) against a running DfxrmViz (BASE_URL), and saves the
// screenshots of issue 16 (VIEWPORT, default 1280x720): page load → first frame, parameter change → new frame (median and p95 over N changes), the
// payload of each change, and PNGs of the LiNbO3 example, diamond (1 1 1) and the triclinic crystal from two presets.
// Run with tools/viewer/measure-viewer.sh (starts the app on a free port); prints one JSON object.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const require = createRequire(join(repo, 'src', 'DfxrmViz.Viewer', 'package.json'));
const { chromium } = require('playwright-core');

const base = process.env.BASE_URL ?? 'http://127.0.0.1:5000';
const changes = Number(process.env.CHANGES ?? 40);
const out = process.env.OUT_DIR ?? join(repo, 'test-artifacts', 'viewer');
mkdirSync(out, { recursive: true });
// The flags of tests/DfxrmViz.E2E/BrowserFixture.cs: WebGL through SwiftShader, nothing off the machine.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const window_ms = st => st.lastApplyMs + st.lastRenderMs;
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

async function commit(page, selector, value) {
  const field = page.locator(selector);
  await field.fill(value);
  await field.press('Tab');
}

async function pick(page, search, name) {
  await page.locator('#crystal-picker').click();
  await page.locator('#crystal-picker').fill(search);
  await page.locator('.mud-popover-open .crystal-option').filter({ hasText: name }).first().click();
  await page.locator('#crystal-current').filter({ hasText: name }).waitFor();
}

/** Runs a page action and waits for the viewer to draw a changed scene; returns ms from the input's change (or click)
 *  event in the page — the moment the user's edit is committed — to that frame. */
async function timed(page, action) {
  const before = await page.evaluate(() => window.dfxViewer?.renderedAt() ?? 0);
  const t0 = await page.evaluate(() => performance.now());
  await action();
  await page.waitForFunction(b => (window.dfxViewer?.renderedAt() ?? 0) > b, before, { timeout: 30000 });
  return page.evaluate(t => window.dfxViewer.renderedAt() - Math.max(t, window.__committedAt ?? 0), t0);
}

async function shoot(page, name, preset) {
  await page.locator(`#viewer-preset-${preset}`).click();
  await page.waitForTimeout(400);
  await page.locator('#viewer').screenshot({ path: join(out, `${name}-${preset}.png`) });
  await page.screenshot({ path: join(out, `${name}-${preset}-page-${vw}x${vh}.png`) });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
const [vw, vh] = (process.env.VIEWPORT ?? '1280x720').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: vw, height: vh } });
const errors = [];
page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', e => errors.push(String(e)));

await page.addInitScript(() => {
  for (const type of ['change', 'click']) document.addEventListener(type, () => { window.__committedAt = performance.now(); }, true);
});
await page.goto(base + '/');
await page.locator('#interactive').waitFor({ state: 'attached', timeout: 60000 });
const interactiveMs = await page.evaluate(() => performance.now());
// The page opens on the example plan, the DF-XRM_vis README example: LiNbO3 (1 −1 2) at 17 keV, up (0 0 1), exit surface
// (−1 −1 0), 5000 × 5000 × 150 µm. Its first frame is timed from the navigation.
await page.waitForFunction(() => (window.dfxViewer?.renderedAt() ?? 0) > 0, null, { timeout: 60000 });
const firstFrameMs = await page.evaluate(() => window.dfxViewer.renderedAt());
const firstPayload = await page.evaluate(() => window.dfxViewer.stats().lastPayloadBytes);
await page.locator('#reflections-grid tr.reflection-row').first().waitFor({ timeout: 60000 });
await page.waitForTimeout(500);
await page.locator('#viewer').scrollIntoViewIfNeeded();
await shoot(page, 'linbo3-1m12', 'reset');
await shoot(page, 'linbo3-1m12', 'side');
await page.locator('#viewer-preset-reset').click();

// The user's camera: drag to orbit, then every change must leave it where it is.
const box = await page.locator('#viewer-canvas').boundingBox();
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
await page.mouse.down();
await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
await page.mouse.up();
await page.waitForTimeout(300);
const cameraBefore = await page.evaluate(() => JSON.stringify(window.dfxViewer.camera()));

const latencies = [], payloads = [], viewerMs = [], serverMs = [];
for (let i = 0; i < changes; i++) {
  const energy = (17 + 0.05 * ((i % 2) + 1)).toFixed(2);
  latencies.push(await timed(page, () => commit(page, '#energy-kev', energy)));
  const st = await page.evaluate(() => window.dfxViewer.stats());
  payloads.push(st.lastPayloadBytes);
  // Split: until the diff arrives (Blazor round trip and every section of the page re-rendering) / in the viewer.
  viewerMs.push(window_ms(st));
  serverMs.push(latencies[latencies.length - 1] - window_ms(st));
}
// A change that only the 3D view and the geometry numbers depend on: the other goniometer solution (table row click).
const solutionMs = [], solutionPayloads = [];
for (let i = 0; i < changes; i++) {
  const row = page.locator(`#geometry-solutions-row-${(i + 1) % 2}`);
  solutionMs.push(await timed(page, () => row.click()));
  solutionPayloads.push(await page.evaluate(() => window.dfxViewer.stats().lastPayloadBytes));
}
const cameraAfter = await page.evaluate(() => JSON.stringify(window.dfxViewer.camera()));
await commit(page, '#energy-kev', '17');

// A new crystal replaces the view (today's page drops the Geometry section's run in between): wait for its first frame.
const pickToFrameMs = await timed(page, () => pick(page, 'Diamond', 'Diamond'));
await commit(page, '#geometry-hkl', '1 1 1'); // (1 1 1) may already be the default: no new frame then
await page.waitForTimeout(1500);
await shoot(page, 'diamond-111', 'reset');
await shoot(page, 'diamond-111', 'q');

await timed(page, () => pick(page, 'Tricl', 'Triclinic'));
const triclinicHkl = await page.locator('#geometry-hkl').inputValue();
await shoot(page, 'triclinic', 'reset');
await shoot(page, 'triclinic', 'a');

const result = {
  base, changes,
  viewport: `${vw}x${vh}`, interactiveMs: Math.round(interactiveMs), navigationToFirstFrameMs: Math.round(firstFrameMs), pickToFirstFrameMs: Math.round(pickToFrameMs),
  changeToFrameMs: { median: Math.round(quantile(latencies, 0.5)), p95: Math.round(quantile(latencies, 0.95)), max: Math.round(Math.max(...latencies)) },
  viewerApplyAndRenderMs: { median: Math.round(quantile(viewerMs, 0.5)), p95: Math.round(quantile(viewerMs, 0.95)) },
  untilDiffArrivesMs: { median: Math.round(quantile(serverMs, 0.5)), p95: Math.round(quantile(serverMs, 0.95)) },
  solutionChangeToFrameMs: { median: Math.round(quantile(solutionMs, 0.5)), p95: Math.round(quantile(solutionMs, 0.95)) },
  solutionPayloadBytes: { median: quantile(solutionPayloads, 0.5), max: Math.max(...solutionPayloads) },
  payloadBytes: { firstScene: firstPayload, perChangeMedian: quantile(payloads, 0.5), perChangeMax: Math.max(...payloads) },
  cameraKept: cameraBefore === cameraAfter, triclinicHkl, consoleErrors: errors,
};
writeFileSync(join(out, 'measurements.json'), JSON.stringify({ ...result, latencies, payloads, solutionMs, solutionPayloads }, null, 2));
console.log(JSON.stringify(result, null, 2));
await browser.close();
