// Bundles src/viewer.js with three, OrbitControls and CSS2DRenderer into ../../wwwroot/js/viewer.js (one ES module, no CDN),
// src/gltf-inspect.js (with GLTFLoader, for a browser test) into dist/, and
// copies the Roboto woff2 files of @fontsource/roboto into ../../wwwroot/lib/roboto (the page loads nothing off-site).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wwwroot = join(here, '..', '..', 'wwwroot');

const bundle = (entry, outfile) => build({
  entryPoints: [join(here, 'src', entry)],
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2022'],
  outfile,
  legalComments: 'eof',
});
await bundle('viewer.js', join(wwwroot, 'js', 'viewer.js'));
// The GLTFLoader test page's module: bundled next to the sources (dist/, not served), read by the browser test.
await bundle('gltf-inspect.js', join(here, 'dist', 'gltf-inspect.js'));

const fontSrc = join(here, 'node_modules', '@fontsource', 'roboto');
const fontOut = join(wwwroot, 'lib', 'roboto');
mkdirSync(join(fontOut, 'files'), { recursive: true });
const weights = ['400', '500', '700'];
let css = '/* Roboto (Apache-2.0) from npm @fontsource/roboto 5.3.0: latin, latin-ext and greek subsets */\n';
for (const w of weights) {
  const text = readFileSync(join(fontSrc, `${w}.css`), 'utf8');
  css += text.replace(/url\(\.\/files\//g, 'url(./files/') + '\n';
}
for (const f of readdirSync(join(fontSrc, 'files'))) {
  if (weights.some(w => f.includes(`-${w}-normal`)) && f.endsWith('.woff2')) {
    cpSync(join(fontSrc, 'files', f), join(fontOut, 'files', f));
  }
}
writeFileSync(join(fontOut, 'roboto.css'), css);
cpSync(join(fontSrc, 'LICENSE'), join(fontOut, 'LICENSE'));
console.log('viewer bundle and fonts written to', wwwroot);
