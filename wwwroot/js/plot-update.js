// Changes a drawn Plotly chart in place (plotly.js Plotly.update: restyle + relayout) from one JSON text the server wrote
// once (Plotly.Blazor's own Update serialised, parsed and serialised again on the server). An update waits until its chart
// is drawn: after a reload, Plotly.Blazor queues the first draw until plotly.js has loaded, and Plotly.update on a div not
// yet drawn throws (plotly.js 3.7 coerceTraceIndices reads gd.data). Updates of one chart apply in the order they came.
const chains = new Map();

// The chart's div once plotly.js has drawn it; null when it is gone (removed from the page, or not drawn within ~10 s of frames).
function drawn(id) {
  return new Promise(resolve => {
    const step = framesLeft => {
      const gd = document.getElementById(id);
      if (gd && gd.data && gd._fullLayout && window.Plotly) {
        resolve(gd);
      } else if (framesLeft <= 0) {
        resolve(null);
      } else {
        requestAnimationFrame(() => step(framesLeft - 1));
      }
    };
    step(600);
  });
}

// json: UTF-8 bytes (a Uint8Array: Blazor sends a .NET byte[] as binary beside the call) or a string.
export function updateJson(id, json) {
  const u = JSON.parse(typeof json === 'string' ? json : new TextDecoder().decode(json));
  const chain = (chains.get(id) ?? Promise.resolve())
    .then(() => drawn(id))
    .then(gd => gd && window.Plotly.update(gd, u.data, u.layout, u.traces))
    .catch(e => console.warn('plot update skipped:', e));
  chains.set(id, chain);
  chain.then(() => { if (chains.get(id) === chain) chains.delete(id); });
}
