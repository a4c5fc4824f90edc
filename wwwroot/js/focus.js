// Moves the keyboard focus to an element by id and scrolls it into view (the "start your own" link of the example banner).
export function focusById(id) {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'center' });
    element.focus();
  }
}
