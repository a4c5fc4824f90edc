// DfxrmViz 3D viewer: draws the scene model computed server-side (Core Scene/, sent as diffs by node name from
// Components/Viewer/SceneViewer.razor). It only draws: no physics here. Page hooks (docs/api.md "Page hooks"):
// window.dfxViewer.camera() and window.dfxViewer.renderedAt().
import { makeViewer } from './viewer-core.js';
import { bootViewer, takeBootViewer } from './boot.js';

/** Whether this browser can create a WebGL context (the page shows a message instead of the canvas when not). */
export function webglAvailable() {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl'));
  } catch {
    return false;
  }
}

let circuitStarted = false;

/** The circuit's viewer: the one the page drew before the circuit was up (boot.js), adopted with its canvas and camera,
 *  or a new one on <canvas>. */
export function createViewer(stage, canvas, dotnet, options) {
  circuitStarted = true;
  return takeBootViewer()?.adopt(stage, canvas, dotnet) ?? makeViewer(stage, canvas, dotnet, options);
}

/** Called by wwwroot/js/viewer-boot.js on a prerendered page: draws the scene of its data-boot attribute. */
export function bootFromPage(stage) {
  // Too late (the circuit rendered the page and made its viewer already), or no WebGL (the circuit shows the message).
  if (stage.isConnected && !circuitStarted && webglAvailable()) bootViewer(stage, makeViewer);
}
