// PNG of the current view: the WebGL image plus the labels and the legend (HTML overlays are not in the canvas), drawn
// in the same task as the render so the drawing buffer is still valid (no preserveDrawingBuffer needed).
import * as THREE from 'three';

export async function snapshotPng(renderer, scene, camera, legendEntries) {
  renderer.render(scene, camera);
  const gl = renderer.domElement;
  const out = document.createElement('canvas');
  out.width = gl.width; out.height = gl.height;
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(gl, 0, 0);
  const ratio = gl.width / Math.max(gl.clientWidth, 1);
  ctx.font = `${Math.round(12 * ratio)}px Roboto, Helvetica, Arial, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3 * ratio;
  ctx.strokeStyle = 'rgba(255,255,255,0.85)';
  const p = new THREE.Vector3();
  scene.traverseVisible(o => {
    if (!o.isCSS2DObject || !o.userData.label || o.userData.placed?.hidden) return;
    p.setFromMatrixPosition(o.matrixWorld).project(camera);
    if (p.z < -1 || p.z > 1) return;
    // Where the page shows it (labels-declutter.js nudges a label off another), in canvas pixels.
    const x = ((p.x + 1) / 2) * out.width + (o.userData.placed?.dx ?? 0) * ratio, y = ((1 - p.y) / 2) * out.height + (o.userData.placed?.dy ?? 0) * ratio;
    ctx.strokeText(o.userData.label.text, x, y);
    ctx.fillStyle = o.userData.label.color;
    ctx.fillText(o.userData.label.text, x, y);
  });
  ctx.textAlign = 'left';
  const line = 16 * ratio;
  legendEntries.forEach((e, i) => {
    const y = out.height - (legendEntries.length - i) * line - 8 * ratio + line / 2;
    if (e.color) {
      ctx.fillStyle = e.color;
      ctx.beginPath(); ctx.arc(14 * ratio, y, 5 * ratio, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.strokeText(e.text, 24 * ratio, y);
    ctx.fillStyle = '#202124';
    ctx.fillText(e.text, 24 * ratio, y);
  });
  const blob = await new Promise(resolve => out.toBlob(resolve, 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}
