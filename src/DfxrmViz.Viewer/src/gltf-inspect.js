// Test page helper (not shipped in wwwroot): loads a .glb with three's GLTFLoader, draws it and reports what it holds,
// so a browser test can check that a written scene.glb opens in three.js.
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

// A node with several primitives (faces and edges) loads as a group of meshes: the first mesh is the faces.
function firstMesh(object) {
  let found = null;
  object?.traverse(o => { if (!found && o.isMesh) found = o; });
  return found;
}

export async function inspect(url, canvas) {
  const gltf = await new GLTFLoader().loadAsync(url);
  const names = [];
  let meshes = 0;
  gltf.scene.traverse(o => { if (o.name) names.push(o.name); if (o.isMesh) meshes++; });
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  const scene = new THREE.Scene();
  scene.background = new THREE.Color('#ffffff');
  scene.add(new THREE.HemisphereLight('#ffffff', '#b0bec5', 1.6), gltf.scene);
  const sphere = new THREE.Box3().setFromObject(gltf.scene).getBoundingSphere(new THREE.Sphere());
  const aspect = canvas.width / canvas.height, r = sphere.radius;
  const camera = new THREE.OrthographicCamera(-r * aspect, r * aspect, r, -r, -r * 10, r * 10);
  camera.position.copy(sphere.center).add(new THREE.Vector3(0.45, 0.5, 1).normalize().multiplyScalar(r * 2));
  camera.lookAt(sphere.center);
  renderer.render(scene, camera);
  const extras = name => gltf.scene.getObjectByName(name)?.userData ?? null;
  return {
    // three.js sanitizes object names (spaces → _); the file's own names are in the parsed JSON.
    meshes, names, fileNames: gltf.parser.json.nodes.map(n => n.name),
    asset: gltf.parser.json.asset,
    sample: extras('sample'), beamIncident: extras('beam-incident'), beamDiffracted: extras('beam-diffracted'),
    qVector: extras('q-vector'), unitCell: extras('unit-cell'), lens: extras('lens'),
    sampleColor: firstMesh(gltf.scene.getObjectByName('sample'))?.material?.color?.getHexString() ?? null,
  };
}
