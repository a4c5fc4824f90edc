// Keeps the labels legible where many anchors meet (the sample, its goniometer rings and the beams share the centre):
// after each frame the labels are placed in priority order, each at its anchor or, when that would cover a label already
// placed, nudged above, below, left or right of it; one that fits nowhere is hidden until the view changes. The sample's,
// the cell's and the beams' labels win over the lens, the goniometer angles and the lab axes. Draws nothing itself: it
// moves the CSS2DRenderer's elements (its transform, plus an offset) and records the placement for the PNG snapshot.
import * as THREE from 'three';

const PRIORITY = { cell: 0, sample: 1, beams: 2, lens: 3, goniometer: 4, axes: 5 };
// Among the beams' labels Q and 2θ name the reflection: they go before k0, kh and the beams' names.
const FIRST = new Set(['q-vector label', 'two-theta label']);
const PAD = 3;
const p = new THREE.Vector3();

function sizeOf(o) {
  const el = o.element;
  if (o.userData.size?.text !== el.textContent) {
    o.userData.size = { text: el.textContent, w: el.offsetWidth, h: el.offsetHeight };
  }
  return o.userData.size;
}

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Places the visible labels of <scene> seen by <camera> on a <width> × <height> canvas, off the <taken> rectangles
 *  (the legend), each inside the canvas. */
export function declutter(scene, camera, width, height, taken) {
  const labels = [];
  scene.traverseVisible(o => {
    if (!o.isCSS2DObject || o.element.style.display === 'none') return;
    let layer = o, rank = PRIORITY.axes;
    while (layer && layer.userData.layer === undefined) layer = layer.parent;
    if (layer) rank = FIRST.has(layer.name) ? PRIORITY.beams - 0.5 : PRIORITY[layer.userData.layer] ?? rank;
    labels.push({ o, rank, order: labels.length });
  });
  labels.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const placed = [...taken];
  for (const { o } of labels) {
    const { w, h } = sizeOf(o);
    p.setFromMatrixPosition(o.matrixWorld).project(camera);
    const x = (p.x * 0.5 + 0.5) * width, y = (-p.y * 0.5 + 0.5) * height;
    const offsets = [[0, 0], [0, -h - PAD], [0, h + PAD], [w / 2 + PAD, 0], [-w / 2 - PAD, 0], [0, -2 * (h + PAD)], [0, 2 * (h + PAD)]];
    // A label whose anchor is near an edge (a beam's far end) is slid inside the canvas.
    const inside = (v, half, max) => (max > 2 * half ? Math.min(Math.max(v, half), max - half) : v);
    const spot = offsets.map(([dx, dy]) => [inside(x + dx, w / 2, width) - x, inside(y + dy, h / 2, height) - y]).find(([dx, dy]) => {
      const r = { x: x + dx - w / 2 - PAD, y: y + dy - h / 2 - PAD, w: w + 2 * PAD, h: h + 2 * PAD };
      return !placed.some(q => overlaps(r, q)) && (placed.push(r), true);
    });
    o.userData.placed = spot ? { dx: spot[0], dy: spot[1], hidden: false } : { dx: 0, dy: 0, hidden: true };
    o.element.style.visibility = spot ? '' : 'hidden';
    if (spot && (spot[0] || spot[1])) o.element.style.transform += ` translate(${spot[0]}px, ${spot[1]}px)`;
  }
}
