// Brings a planner section's top into view below the app bar (its CSS scroll-margin-top) and focuses it without a second
// scroll; used by the section bar of Components/Pages/Planner.razor.
export function show(element) {
  element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}
