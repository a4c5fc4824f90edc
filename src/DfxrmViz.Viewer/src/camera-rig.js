// Orthographic (default) or perspective camera with OrbitControls, the server's presets and a JSON camera state
// {position, target, up, zoom, projection} in scene units (glTF axes, +Y up).
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

const FOV = 35;

export class CameraRig {
  constructor(canvas, onChange, onEnd) {
    this.canvas = canvas;
    this.ortho = new THREE.OrthographicCamera(-1, 1, 1, -1, 0.001, 1000);
    this.persp = new THREE.PerspectiveCamera(FOV, 1, 0.001, 1000);
    this.camera = this.ortho;
    this.radius = 10;
    this.target = new THREE.Vector3();
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.addEventListener('change', onChange);
    this.controls.addEventListener('end', onEnd);
  }

  /** Frames a bounding sphere (centre, radius) from a preset direction; keeps the projection. */
  frame(view, sphere) {
    this.radius = Math.max(sphere.radius, 1e-6);
    const dir = new THREE.Vector3(...view.direction).normalize();
    this.target.copy(sphere.center);
    this.setState({
      target: sphere.center.toArray(),
      position: sphere.center.clone().addScaledVector(dir, this.distance()).toArray(),
      up: view.up, zoom: 1,
    });
  }

  distance() { return this.radius / Math.sin((FOV * Math.PI) / 360) * 1.05; }

  resize(width, height) {
    const aspect = width / Math.max(height, 1);
    // The framed sphere fits the narrower side: a portrait canvas (a phone) widens the view vertically, not cuts it at the sides.
    const h = this.radius * 1.05, hx = aspect >= 1 ? h * aspect : h, hy = aspect >= 1 ? h : h / aspect;
    const fov = aspect >= 1 ? FOV : (2 * Math.atan(Math.tan((FOV * Math.PI) / 360) / aspect) * 180) / Math.PI;
    Object.assign(this.ortho, { left: -hx, right: hx, top: hy, bottom: -hy, near: -this.radius * 20, far: this.radius * 20 });
    Object.assign(this.persp, { aspect, fov, near: this.radius * 0.01, far: this.radius * 40 });
    this.ortho.updateProjectionMatrix();
    this.persp.updateProjectionMatrix();
  }

  setProjection(projection) {
    const next = projection === 'perspective' ? this.persp : this.ortho;
    if (next === this.camera) return;
    const state = this.state();
    this.camera = next;
    this.controls.object = next;
    this.setState({ ...state, zoom: state.zoom });
  }

  state() {
    const c = this.camera;
    return {
      position: c.position.toArray(), target: this.controls.target.toArray(), up: c.up.toArray(),
      zoom: c.isOrthographicCamera ? c.zoom : this.distance() / Math.max(c.position.distanceTo(this.controls.target), 1e-9),
      projection: c.isOrthographicCamera ? 'orthographic' : 'perspective',
    };
  }

  setState(s) {
    const c = this.camera;
    const target = new THREE.Vector3(...s.target);
    const dir = new THREE.Vector3(...s.position).sub(target);
    const zoom = s.zoom > 0 ? s.zoom : 1;
    c.up.set(...s.up);
    if (c.isOrthographicCamera) {
      c.position.copy(target).addScaledVector(dir.normalize(), this.distance());
      c.zoom = zoom;
    } else {
      c.position.copy(target).addScaledVector(dir.normalize(), this.distance() / zoom);
    }
    c.updateProjectionMatrix();
    this.controls.target.copy(target);
    this.controls.update();
  }

  dispose() { this.controls.dispose(); }
}
