// The viewer itself (see viewer.js): a three.js scene of the server's nodes, a camera rig, labels and legend. Made either by
// the circuit (createViewer) or by the page before the circuit is up (boot.js), and then adopted by the circuit: the same
// canvas, nodes and camera move into the stage Blazor renders.
import * as THREE from 'three';
import { CSS2DRenderer } from 'three/examples/jsm/renderers/CSS2DRenderer.js';
import { buildContent, applyTransform, disposeContent } from './scene-objects.js';
import { CameraRig } from './camera-rig.js';
import { snapshotPng } from './snapshot.js';
import { declutter } from './labels-declutter.js';
import { fitView } from './framing.js';

/** A viewer on <canvas> inside <stage>; <dotnet> (null before the circuit) hears of camera moves. */
export function makeViewer(stage, canvas, dotnet, options) {
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true });
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  const labels = new CSS2DRenderer();
  labels.domElement.className = 'dfx-labels';
  stage.appendChild(labels.domElement);
  const legend = document.createElement('div');
  legend.className = 'dfx-legend';
  stage.appendChild(legend);

  const scene = new THREE.Scene();
  scene.background = new THREE.Color('#ffffff');
  scene.add(new THREE.HemisphereLight('#ffffff', '#b0bec5', 1.6));
  const sun = new THREE.DirectionalLight('#ffffff', 1.4);
  sun.position.set(0.4, 1, 0.7);
  scene.add(sun);
  const root = new THREE.Group();
  scene.add(root);

  const holders = new Map();
  let views = [];
  let legendEntries = [];
  let framed = false, dirty = true, changed = false, renderedAt = 0, frame = 0, cameraTimer = 0, heldKey = null;
  const stats = { diffs: 0, payloadBytes: 0, lastPayloadBytes: 0, nodes: 0, lastApplyMs: 0, lastRenderMs: 0, receivedAt: 0, adopted: false };

  let movedBeforeCircuit = false;
  const reportCamera = () => {
    clearTimeout(cameraTimer);
    if (!dotnet) { movedBeforeCircuit = true; return; }
    cameraTimer = setTimeout(() => dotnet?.invokeMethodAsync('OnCameraChanged', JSON.stringify(rig.state())).catch(() => {}), 250);
  };
  const rig = new CameraRig(canvas, () => request(), reportCamera);
  rig.setProjection(options?.projection ?? 'orthographic');

  function request() {
    dirty = true;
    if (!frame) frame = requestAnimationFrame(draw);
  }

  // A changed scene is drawn just after the next paint (a task posted from requestAnimationFrame runs once that frame is
  // painted): the numbers the same edit changed on the page reach the screen first, and the draw — 150–300 ms of software
  // WebGL in headless Chromium — follows, instead of holding that frame back. The task is user-blocking where the browser
  // has scheduler.postTask, so the page's later render batches and plot updates queued meanwhile do not go first. Camera
  // moves keep drawing in the frame itself.
  let afterPaint = 0;
  const postUrgent = globalThis.scheduler?.postTask
    ? f => globalThis.scheduler.postTask(f, { priority: 'user-blocking' }).catch(() => {})
    : f => setTimeout(f, 0);
  function requestAfterPaint() {
    dirty = true;
    if (frame || afterPaint) return;
    afterPaint = requestAnimationFrame(() => postUrgent(() => { afterPaint = 0; if (!frame && !viewer.disposed) draw(); }));
  }

  function draw() {
    frame = 0;
    if (!dirty) return;
    dirty = false;
    const start = performance.now();
    renderer.render(scene, rig.camera);
    labels.render(scene, rig.camera);
    const size = labels.getSize();
    declutter(scene, rig.camera, size.width, size.height, legend.childElementCount
      ? [{ x: legend.offsetLeft, y: legend.offsetTop, w: legend.offsetWidth, h: legend.offsetHeight }] : []);
    if (changed) {
      changed = false;
      renderedAt = performance.now();
      stats.lastRenderMs = renderedAt - start;
    }
  }

  function resize() {
    const w = stage.clientWidth || canvas.width, h = stage.clientHeight || canvas.height;
    renderer.setSize(w, h, false);
    labels.setSize(w, h);
    rig.resize(w, h);
    request();
  }
  const observer = new ResizeObserver(resize);
  observer.observe(stage);

  function place(node) {
    let entry = holders.get(node.name);
    if (!entry) {
      const holder = new THREE.Group();
      holder.name = node.name;
      holder.userData.layer = node.layer;
      entry = { holder, content: null };
      holders.set(node.name, entry);
    } else if (entry.content) {
      entry.holder.remove(entry.content);
      disposeContent(entry.content);
    }
    applyTransform(entry.holder, node);
    entry.content = buildContent(node);
    if (entry.content) entry.holder.add(entry.content);
    const parent = node.parent ? holders.get(node.parent)?.holder : root;
    if (entry.holder.parent !== parent) (parent ?? root).add(entry.holder);
    if (node.kind === 'legend') showLegend(node.legend ?? []);
  }

  function remove(name) {
    const entry = holders.get(name);
    if (!entry) return;
    entry.holder.removeFromParent();
    disposeContent(entry.content);
    holders.delete(name);
  }

  function showLegend(entries) {
    legendEntries = entries;
    legend.replaceChildren(...entries.map(e => {
      const row = document.createElement('div');
      if (e.color) {
        const swatch = document.createElement('span');
        swatch.className = 'dfx-swatch';
        swatch.style.background = e.color;
        row.appendChild(swatch);
      }
      row.appendChild(document.createTextNode(e.text));
      return row;
    }));
  }

  // Presets frame the sample, cell, goniometer and objective; the long beams and the lab axes may leave the picture.
  const FRAMED = new Set(['sample', 'cell', 'goniometer', 'lens']);
  const VECTORS = new Set(['k0', 'kh', 'q-vector']); // the k0, kh, Q diagram beside the sample
  function boxes() {
    const list = [];
    for (const { holder, content } of holders.values()) {
      if (content && !content.isCSS2DObject && (FRAMED.has(holder.userData.layer) || VECTORS.has(holder.name))) {
        const box = new THREE.Box3().setFromObject(content);
        if (!box.isEmpty()) list.push(box);
      }
    }
    return list;
  }

  const viewer = {
    /** Applies a diff (JSON text: { reset, added, updated, removed, views }); the camera stays where the user left it. */
    applyDiff(json) {
      stats.receivedAt = performance.now();
      return viewer.applyParsed(JSON.parse(json), new TextEncoder().encode(json).length, null, stats.receivedAt);
    },
    /** Applies a parsed diff of <bytes> bytes received at <receivedAt>; <key> names the whole scene it draws (the prerendered
     *  one), null for a change. */
    applyParsed(diff, bytes, key, receivedAt) {
      stats.receivedAt = receivedAt;
      heldKey = key;
      stats.diffs++;
      stats.lastPayloadBytes = bytes;
      stats.payloadBytes += stats.lastPayloadBytes;
      if (diff.reset) [...holders.keys()].forEach(remove);
      (diff.removed ?? []).forEach(remove);
      (diff.added ?? []).forEach(place);
      (diff.updated ?? []).forEach(place);
      if (diff.views) views = diff.views;
      stats.nodes = holders.size;
      root.updateMatrixWorld(true);
      if (!framed && holders.size > 0) {
        framed = true;
        if (options?.camera) rig.setState(options.camera); else viewer.preset('reset');
        resize();
      }
      changed = true;
      stats.lastApplyMs = performance.now() - stats.receivedAt;
      requestAfterPaint();
      return holders.size;
    },
    /** Frames the scene from a preset (reset, beam, side, above, q, a, b, c). */
    preset(name) {
      const view = views.find(v => v.name === name) ?? views[0];
      if (!view) return;
      rig.frame(view, fitView(boxes(), view, (stage.clientWidth || 1) / (stage.clientHeight || 1)));
      rig.resize(stage.clientWidth || 1, stage.clientHeight || 1);
      request();
    },
    /** The key of the prerendered scene this viewer draws (null once the circuit has sent a diff). */
    sceneKey() { return heldKey; },
    /** The circuit takes over this viewer: its canvas replaces the one Blazor rendered, the labels and legend follow, and a
     *  camera move made before the circuit was up is reported now. */
    adopt(newStage, newCanvas, dotnetRef) {
      if (newCanvas && newCanvas !== canvas) newCanvas.replaceWith(canvas);
      else if (!newStage.contains(canvas)) newStage.prepend(canvas);
      if (newStage !== stage) {
        newStage.append(labels.domElement, legend);
        observer.unobserve(stage);
        stage = newStage;
        observer.observe(stage);
      }
      dotnet = dotnetRef;
      stats.adopted = !!dotnetRef;
      if (movedBeforeCircuit) { movedBeforeCircuit = false; reportCamera(); }
      resize();
      return viewer;
    },
    setProjection(projection) { rig.setProjection(projection); rig.resize(stage.clientWidth || 1, stage.clientHeight || 1); request(); },
    setCamera(state) { rig.setState(state); request(); },
    camera() { return rig.state(); },
    renderedAt() { return renderedAt; },
    stats() { return { ...stats }; },
    snapshotBytes() { return snapshotPng(renderer, scene, rig.camera, legendEntries); },
    dispose() {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(afterPaint);
      clearTimeout(cameraTimer);
      observer.disconnect();
      [...holders.keys()].forEach(remove);
      rig.dispose();
      renderer.dispose();
      labels.domElement.remove();
      legend.remove();
      viewer.disposed = true;
      if (window.dfxViewer?.owner === viewer) delete window.dfxViewer;
    },
    disposed: false,
  };
  window.dfxViewer = { owner: viewer, camera: () => viewer.camera(), renderedAt: () => renderedAt, stats: () => viewer.stats() };
  return viewer;
}
