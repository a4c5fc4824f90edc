// Shows the current plan in the page address without a reload and without a history entry per edit (docs/api.md
// "Plan in the page address"). history.state is kept: Blazor's router stores its own entry there.
export function replaceAddress(url) {
  if (location.pathname + location.search !== url) {
    history.replaceState(history.state, '', url);
  }
}
