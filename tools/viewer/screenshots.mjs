// Screenshots of the planner page for issue 16 at 1280 × 720 and 390 × 844 (Debian Chromium, SwiftShader WebGL), against a
// running DfxrmViz (BASE_URL): the LiNbO3 x-cut wafer of the DF-XRM_vis README, diamond (1 1 1), the triclinic test
// crystal and the symmetric Bragg case LiNbO3 (3 0 0), each from two view presets. Each plan is opened through its page address
// (docs/api.md "Plan in the page address"). Run with `tools/viewer/measure-viewer.sh screenshots.mjs`; PNGs go to OUT_DIR.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const require = createRequire(join(repo, 'src', 'DfxrmViz.Viewer', 'package.json'));
const { chromium } = require('playwright-core');

const base = process.env.BASE_URL ?? 'http://127.0.0.1:5000';
const out = process.env.OUT_DIR ?? join(repo, 'test-artifacts', 'screenshots');
mkdirSync(out, { recursive: true });
// The flags of tests/DfxrmViz.E2E/BrowserFixture.cs: WebGL through SwiftShader, nothing off the machine.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const scenes = [
  // DF-XRM_vis README: LiNbO3 (1 −1 2) at 17 keV, up (0 0 1), exit surface (−1 −1 0), on the old tool's goniometer.
  { name: 'linbo3-x-cut', presets: ['reset', 'side'], plan: { crystal: { builtin: 'LiNbO3' }, energyKeV: 17, hkl: [1, -1, 2],
    up: { hkl: [0, 0, 1] }, front: { hkl: [-1, -1, 0] }, goniometer: 'dfxrm-vis' } },
  { name: 'diamond-111', presets: ['reset', 'q'], plan: { crystal: { builtin: 'Diamond' }, energyKeV: 17, hkl: [1, 1, 1] } },
  { name: 'triclinic', presets: ['reset', 'a'], plan: { crystal: { builtin: 'Triclinic' }, energyKeV: 17 } },
  // Symmetric Bragg: LiNbO3 (3 0 0) with up the direction [0 0 1] and the exit surface (1 0 0), so Q ∥ the exit-surface
  // normal: both beams cross that face at θ (the azimuth about Q is free; tests/DfxrmViz.Web.Tests/Viewer/SceneExportApiTests).
  { name: 'linbo3-300-symmetric-bragg', presets: ['side', 'reset'], plan: { crystal: { builtin: 'LiNbO3' }, energyKeV: 17, hkl: [3, 0, 0],
    up: { uvw: [0, 0, 1] }, front: { hkl: [1, 0, 0] } } },
];
const viewports = (process.env.VIEWPORTS ?? '1280x720,390x844').split(',').map(v => v.split('x').map(Number));

const address = plan => '/?plan=' + deflateRawSync(Buffer.from(JSON.stringify(plan), 'utf8')).toString('base64url');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
const errors = [];
for (const [w, h] of viewports) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  for (const scene of scenes) {
    await page.goto(base + address(scene.plan));
    await page.locator('#interactive').waitFor({ state: 'attached', timeout: 60000 });
    const drawn = await page.waitForFunction(() => (window.dfxViewer?.renderedAt() ?? 0) > 0, null, { timeout: 60000 }).then(() => true, () => false);
    if (!drawn) {
      errors.push(`${scene.name}: no frame (${await page.locator('#viewer-placeholder').innerText().catch(() => 'no placeholder')})`);
      continue;
    }
    await page.locator('#geometry-solutions').waitFor({ timeout: 60000 }).catch(() => {});
    if (w < 960) await page.locator('#key-numbers').scrollIntoViewIfNeeded();
    for (const preset of scene.presets) {
      await page.locator(`#viewer-preset-${preset}`).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(out, `${scene.name}-${preset}-${w}x${h}.png`) });
      await page.locator('#viewer').screenshot({ path: join(out, `${scene.name}-${preset}-${w}x${h}-viewer.png`) });
    }
    console.log(scene.name, `${w}x${h}`, await page.locator('#key-numbers').innerText());
  }
  await page.close();
}
await browser.close();
console.log(errors.length ? 'console errors:\n' + errors.join('\n') : 'no console errors');
