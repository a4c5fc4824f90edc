// The first frame without waiting for the circuit: the prerendered page carries its scene as JSON in the viewer stage's
// data-boot attribute (Components/Viewer/ViewerBoot.cs: { key, projection, camera, scene }); the viewer draws it at once.
// When the circuit renders the page again, Blazor removes the prerendered DOM and inserts its own (blazor.web.js clears a
// root component's prerendered content in its first render batch): a MutationObserver moves this viewer's canvas into the
// new stage in the same task, before the browser paints, so the picture never blinks; createViewer then adopts it.
let booted = null;

export function bootViewer(stage, makeViewer) {
  const receivedAt = performance.now();
  const data = JSON.parse(stage.dataset.boot);
  const canvas = stage.querySelector('canvas');
  const viewer = makeViewer(stage, canvas, null, { projection: data.projection, camera: data.camera });
  viewer.applyParsed(data.scene, new TextEncoder().encode(JSON.stringify(data.scene)).length, data.key, receivedAt);
  const follow = new MutationObserver(() => {
    if (canvas.isConnected || viewer.disposed) return;
    const fresh = document.getElementById(canvas.id);
    if (fresh && fresh !== canvas && fresh.parentElement) viewer.adopt(fresh.parentElement, fresh, null);
  });
  follow.observe(document.body, { childList: true, subtree: true });
  booted = { viewer, follow };
}

/** The viewer the page drew before the circuit (once: the circuit owns it from then on), or null. */
export function takeBootViewer() {
  const b = booted;
  booted = null;
  b?.follow.disconnect();
  return b && !b.viewer.disposed ? b.viewer : null;
}
