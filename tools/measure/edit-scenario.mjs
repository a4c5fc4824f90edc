// The set-up shared by edit-latency.mjs and edit-trace.mjs: the key numbers an edit must change (docs/api.md "Page
// hooks"), the two scenarios, and opening the page on a scenario with controls that exist in every version of the page
// (crystal picker or CIF upload, energy field, go-to reflection), so that two builds can be compared.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const keys = ['#geometry-two-theta', '#absorption-length', '#absorption-transmission', '#lens-d1', '#lens-magnification'];

export const setups = {
  // step: an energy change that moves every key number by at least its last shown digit (T of α-S8 at 35 keV is 95.8 %).
  // steps: the walk goes up that many steps and back down, and so on, so that any number of edits stays where every key
  // number exists (α-S8 (2 2 2): above about 38.4 keV the lens can no longer image and #lens-d1 is empty).
  linbo3: { energyKeV: 17, step: 0.013, steps: 30, hkl: '1 -1 2' },
  s8: { energyKeV: 35, step: 0.1, steps: 25, hkl: '2 2 2', cif: join(here, '..', '..', 'tests', 'DfxrmViz.E2E', 'Data', 'alpha_S8_RettigTrotter1987.cif') },
};

/** Opens BASE on the scenario's crystal, energy and reflection, and waits until every key number shows a value. */
export async function openScenario(page, base, setup) {
  await page.goto(base + '/', { timeout: 120_000 });
  await page.locator('#interactive').waitFor({ state: 'attached' });
  if (setup.cif) {
    const selector = "input[type=file][data-testid='cif-upload']";
    await page.waitForFunction(sel => { const e = document.querySelector(sel); return !!e && e._blazorInputFileNextFileId !== undefined; }, selector);
    await page.locator(selector).setInputFiles({ name: 'alpha_S8.cif', mimeType: 'text/plain', buffer: readFileSync(setup.cif) });
    await page.locator('#crystal-current').filter({ hasText: 'sulfur' }).waitFor();
  } else {
    await page.locator('#crystal-picker').click();
    await page.locator('#crystal-picker').fill('LiNb');
    await page.locator('.mud-popover-open .crystal-option').filter({ hasText: 'Lithium niobate' }).first().click();
    await page.locator('#crystal-current').filter({ hasText: 'Lithium niobate' }).waitFor();
  }
  await page.locator('#energy-kev').fill(String(setup.energyKeV));
  await page.locator('#energy-kev').press('Tab');
  await page.locator('#goto-hkl').fill(setup.hkl);
  await page.locator('#goto-button').click();
  for (const id of keys) {
    await page.locator(id).filter({ hasText: /\d/ }).waitFor();
  }
}
