// Changes a drawn Plotly chart in place (plotly.js Plotly.update: restyle + relayout) from one JSON string the server wrote
// once. Plotly.Blazor's own update() serialises its arguments, parses them back and serialises them again on the server;
// this module hands its update() the parsed object instead. Imported by the same URL as Plotly.Blazor 7.2's JS interop
// imports it, so it is the same module instance, whose queue holds calls until plotly.js has loaded.
import { update } from '../_content/Plotly.Blazor/plotly-interop-7.2.0.js';

export function updateJson(id, json) {
  const u = JSON.parse(json);
  update(id, u.data, u.layout, u.traces);
}
