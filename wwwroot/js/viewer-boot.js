// Loaded by Components/App.razor on every page: where the prerendered page carries a scene (the viewer stage's data-boot
// attribute), loads the viewer bundle and draws it before the Blazor circuit is up. Same URL as the circuit's import of
// ./js/viewer.js, so both share one module instance and the circuit adopts this viewer.
const stage = document.querySelector('.scene-viewer-stage[data-boot]');
if (stage) {
  import('./viewer.js').then(m => m.bootFromPage(stage)).catch(e => console.warn('3D view: first frame left to the circuit', e));
}
