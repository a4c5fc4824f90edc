// Builds three.js objects from the scene model's nodes (Core Scene/SceneNode, serialized by SceneJson.cs). Draws only:
// every position, size and colour comes from the server. Local geometry conventions are those of SceneNode.cs.
import * as THREE from 'three';
import { CSS2DObject } from 'three/examples/jsm/renderers/CSS2DRenderer.js';

const v3 = (a, i = 0) => new THREE.Vector3(a[i], a[i + 1], a[i + 2]);
const EDGE = new THREE.LineBasicMaterial({ color: '#37474f' });

function material(node) {
  const transparent = node.opacity < 1;
  return new THREE.MeshStandardMaterial({
    color: node.color, transparent, opacity: node.opacity, depthWrite: !transparent,
    side: transparent ? THREE.DoubleSide : THREE.FrontSide, metalness: 0, roughness: 0.7,
  });
}

// Rotation taking +Y to the direction from a to b (three's cylinders run along Y).
function alongY(a, b) {
  const d = new THREE.Vector3().subVectors(b, a);
  const q = new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 1, 0), d.clone().normalize());
  return { q, length: d.length(), mid: new THREE.Vector3().addVectors(a, b).multiplyScalar(0.5) };
}

function frustum(a, b, r0, r1, mat) {
  const { q, length, mid } = alongY(a, b);
  const mesh = new THREE.Mesh(new THREE.CylinderGeometry(r1, r0, length, 16), mat);
  mesh.quaternion.copy(q);
  mesh.position.copy(mid);
  return mesh;
}

function instanced(geometry, mat, positions, perInstance) {
  const count = positions.length / 3;
  const mesh = new THREE.InstancedMesh(geometry, mat, count);
  const m = new THREE.Matrix4();
  for (let i = 0; i < count; i++) {
    perInstance ? perInstance(m, i) : m.makeTranslation(positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]);
    mesh.setMatrixAt(i, m);
  }
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
  return mesh;
}

const builders = {
  group: () => null,
  legend: () => null,
  box(n) {
    const geometry = new THREE.BoxGeometry(n.size[0], n.size[1], n.size[2]);
    const mesh = new THREE.Mesh(geometry, material(n));
    if (n.layer !== 'beams') mesh.add(new THREE.LineSegments(new THREE.EdgesGeometry(geometry), EDGE));
    return mesh;
  },
  spheres: n => instanced(new THREE.SphereGeometry(n.radius, 16, 12), material(n), n.instances),
  discs(n) {
    const g = new THREE.CylinderGeometry(n.radius, n.radius, n.length, 24);
    g.rotateZ(-Math.PI / 2); // axis along local x
    return instanced(g, material(n), n.instances);
  },
  cylinder: n => frustum(v3(n.points, 0), v3(n.points, 3), n.radius, n.radius2 ?? n.radius, material(n)),
  sticks(n) {
    const q = new THREE.Quaternion(), s = new THREE.Vector3(), p = new THREE.Vector3();
    const centres = new Array((n.points.length / 6) * 3);
    return instanced(new THREE.CylinderGeometry(n.radius, n.radius, 1, 10), material(n), centres, (m, i) => {
      const { q: rot, length, mid } = alongY(v3(n.points, 6 * i), v3(n.points, 6 * i + 3));
      q.copy(rot); s.set(1, length, 1); p.copy(mid);
      m.compose(p, q, s);
    });
  },
  arrow(n) {
    const a = v3(n.points, 0), b = v3(n.points, 3), mat = material(n);
    const dir = new THREE.Vector3().subVectors(b, a);
    const head = Math.min(n.length, 0.9 * dir.length());
    const neck = b.clone().addScaledVector(dir.normalize(), -head);
    const group = new THREE.Group();
    group.add(frustum(a, neck, n.radius, n.radius, mat), frustum(neck, b, n.radius2, 0, mat));
    return group;
  },
  lines(n) {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(n.points, 3));
    return new THREE.LineSegments(g, new THREE.LineBasicMaterial({ color: n.color, transparent: n.opacity < 1, opacity: n.opacity }));
  },
  arc(n) {
    const steps = Math.max(8, Math.ceil(64 * n.sweep / (2 * Math.PI)));
    return new THREE.Mesh(new THREE.TorusGeometry(n.radius, n.radius2, 8, steps, n.sweep), material(n));
  },
  polyhedron(n) {
    const positions = new Float32Array(n.triangles.length * 3);
    n.triangles.forEach((t, i) => positions.set([n.points[3 * t], n.points[3 * t + 1], n.points[3 * t + 2]], 3 * i));
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    g.computeVertexNormals();
    const mesh = new THREE.Mesh(g, material(n));
    mesh.add(new THREE.LineSegments(new THREE.EdgesGeometry(g, 1), new THREE.LineBasicMaterial({ color: n.color })));
    return mesh;
  },
  label(n) {
    const div = document.createElement('div');
    div.className = 'dfx-label';
    div.textContent = n.text;
    div.style.color = n.color;
    const label = new CSS2DObject(div);
    label.userData.label = { text: n.text, color: n.color };
    return label;
  },
};

/** The drawable of one node (null for groups and the legend). */
export function buildContent(node) {
  const build = builders[node.kind];
  return build ? build(node) : null;
}

/** Applies the node's translation, rotation (quaternion x, y, z, w) and uniform scale to its holder. */
export function applyTransform(holder, node) {
  const p = node.p ?? [0, 0, 0], q = node.q ?? [0, 0, 0, 1];
  holder.position.set(p[0], p[1], p[2]);
  holder.quaternion.set(q[0], q[1], q[2], q[3]);
  holder.scale.setScalar(node.s ?? 1);
}

/** Frees the GPU resources of a drawable (materials shared by edges are kept). */
export function disposeContent(object) {
  object?.traverse(o => {
    o.geometry?.dispose();
    if (o.material && o.material !== EDGE) o.material.dispose();
    if (o.isCSS2DObject) o.element.remove();
  });
}
