// DfxrmViz 3D viewer: draws a scene description computed server-side (Core's scene model). It only draws: no physics here.
// Shape of a scene (camelCase JSON from C# records):
// { boxes: [{ name, center: [x,y,z], size: [sx,sy,sz], basis?: [[3],[3],[3]] (columns), color: '#rrggbb', opacity }],
//   arrows: [{ name, origin: [x,y,z], direction: [x,y,z], length, color, label? }],
//   lines: [{ name, points: [[x,y,z], ...], color }],
//   labels: [{ text, position: [x,y,z], color }] }
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

function vec(a) { return new THREE.Vector3(a[0], a[1], a[2]); }

function textSprite(text, color) {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const font = '48px Roboto, Helvetica, Arial, sans-serif';
  ctx.font = font;
  canvas.width = Math.ceil(ctx.measureText(text).width) + 16;
  canvas.height = 64;
  ctx.font = font;
  ctx.fillStyle = color || '#222';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 8, 32);
  const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ map: new THREE.CanvasTexture(canvas), depthTest: false }));
  sprite.userData.aspect = canvas.width / canvas.height;
  return sprite;
}

function addBox(group, b) {
  const geometry = new THREE.BoxGeometry(b.size[0], b.size[1], b.size[2]);
  const material = new THREE.MeshStandardMaterial({ color: b.color, transparent: b.opacity < 1, opacity: b.opacity ?? 1 });
  const mesh = new THREE.Mesh(geometry, material);
  const edges = new THREE.LineSegments(new THREE.EdgesGeometry(geometry), new THREE.LineBasicMaterial({ color: '#333' }));
  mesh.add(edges);
  if (b.basis) {
    const m = new THREE.Matrix4().makeBasis(vec(b.basis[0]), vec(b.basis[1]), vec(b.basis[2]));
    mesh.quaternion.setFromRotationMatrix(m);
  }
  mesh.position.copy(vec(b.center));
  mesh.name = b.name || '';
  group.add(mesh);
}

function addArrow(group, a, labelScale) {
  const dir = vec(a.direction).normalize();
  const arrow = new THREE.ArrowHelper(dir, vec(a.origin), a.length, a.color, 0.12 * a.length, 0.05 * a.length);
  arrow.name = a.name || '';
  group.add(arrow);
  if (a.label) {
    const s = textSprite(a.label, a.color);
    s.position.copy(vec(a.origin).addScaledVector(dir, a.length * 1.08));
    s.scale.set(labelScale * s.userData.aspect, labelScale, 1);
    group.add(s);
  }
}

export function createViewer(canvas, opts) {
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: !!opts?.preserveDrawingBuffer });
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(opts?.background || '#ffffff');
  scene.add(new THREE.AmbientLight('#ffffff', 0.7));
  const light = new THREE.DirectionalLight('#ffffff', 0.9);
  light.position.set(3, 5, 4);
  scene.add(light);
  const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, -1000, 1000);
  const controls = new OrbitControls(camera, canvas);
  const content = new THREE.Group();
  scene.add(content);
  let extent = 3;

  const resize = () => {
    const w = canvas.clientWidth || canvas.width, h = canvas.clientHeight || canvas.height;
    renderer.setSize(w, h, false);
    const a = w / h;
    camera.left = -extent * a; camera.right = extent * a; camera.top = extent; camera.bottom = -extent;
    camera.updateProjectionMatrix();
  };
  const render = () => renderer.render(scene, camera);
  controls.addEventListener('change', render);
  const observer = new ResizeObserver(() => { resize(); render(); });
  observer.observe(canvas);

  return {
    setScene(desc) {
      content.clear();
      extent = desc.extent || 3;
      const labelScale = extent * 0.08;
      (desc.boxes || []).forEach(b => addBox(content, b));
      (desc.arrows || []).forEach(a => addArrow(content, a, labelScale));
      (desc.lines || []).forEach(l => {
        const g = new THREE.BufferGeometry().setFromPoints(l.points.map(vec));
        content.add(new THREE.Line(g, new THREE.LineBasicMaterial({ color: l.color })));
      });
      (desc.labels || []).forEach(l => {
        const s = textSprite(l.text, l.color);
        s.position.copy(vec(l.position));
        s.scale.set(labelScale * s.userData.aspect, labelScale, 1);
        content.add(s);
      });
      const v = desc.view || [5, 4, 6];
      camera.position.set(v[0], v[1], v[2]);
      camera.up.set(...(desc.up || [0, 1, 0]));
      controls.target.set(0, 0, 0);
      controls.update();
      resize();
      render();
      return { objects: content.children.length };
    },
    async snapshotBytes() {
      render();
      const blob = await new Promise(r => canvas.toBlob(r, 'image/png'));
      return new Uint8Array(await blob.arrayBuffer());
    },
    dispose() {
      observer.disconnect();
      controls.dispose();
      renderer.dispose();
    },
  };
}
