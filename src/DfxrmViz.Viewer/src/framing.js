// Frames a preset tightly: the framed parts' boxes projected on the screen plane of the preset's direction, centred, and
// the camera's half-height the larger of the half-extents (the width's divided by the canvas aspect). A bounding sphere
// (the first version) left the long, flat layout of sample, lens and detector small in a wide canvas.
import * as THREE from 'three';

const MARGIN = 1.08; // room for the labels at the edges
const corner = new THREE.Vector3();

/** { center, radius } for CameraRig.frame: <boxes> (THREE.Box3) seen along <view> on a canvas of <aspect> (width / height). */
export function fitView(boxes, view, aspect) {
  const dir = new THREE.Vector3(...view.direction).normalize();
  const up = new THREE.Vector3(...view.up).normalize();
  const right = new THREE.Vector3().crossVectors(up, dir).normalize();
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, depth = 0, n = 0;
  for (const box of boxes) {
    for (let i = 0; i < 8; i++) {
      corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
      const x = corner.dot(right), y = corner.dot(up);
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      depth += corner.dot(dir); n++;
    }
  }
  if (!n || !Number.isFinite(x0 + x1 + y0 + y1)) return { center: new THREE.Vector3(), radius: 10 };
  const center = new THREE.Vector3().addScaledVector(right, (x0 + x1) / 2).addScaledVector(up, (y0 + y1) / 2).addScaledVector(dir, depth / n);
  const hx = (x1 - x0) / 2, hy = (y1 - y0) / 2;
  // CameraRig.resize: half-height = radius (landscape, half-width = radius × aspect), half-width = radius (portrait).
  const radius = aspect >= 1 ? Math.max(hy, hx / aspect) : Math.max(hx, hy * aspect);
  return { center, radius: Math.max(radius * MARGIN, 1e-6) };
}
