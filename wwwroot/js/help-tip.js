// The help tooltips (Components/Help/HelpTip.cs) are markup and CSS; this adds the two things CSS cannot do.
// - Escape hides the tooltip on show until the pointer and the focus have both left its field (WCAG 2.1 SC 1.4.13
//   "dismissible"), marked by data-help-dismissed, an attribute Blazor does not render and so leaves alone.
// - A focused field or title names its help text in aria-describedby, made when the focus arrives, before a screen reader
//   reads it: the input inside a MudBlazor field is MudBlazor's, and the text gets its id here (help-tip-N, unique on the
//   page) because the server renders none (an id counted there would change with every render). Blazor leaves both alone.
let textCount = 0;
const shown = '.help-tip:is(:hover, :has(:focus-visible)):not([data-help-dismissed])';

function restoreWhenLeft(tip) {
  const left = e => {
    const focusStays = e.type === 'focusout' ? tip.contains(e.relatedTarget) : tip.matches(':focus-within');
    const pointerStays = e.type === 'mouseleave' ? false : tip.matches(':hover');
    if (!focusStays && !pointerStays) {
      tip.removeAttribute('data-help-dismissed');
      tip.removeEventListener('mouseleave', left);
      tip.removeEventListener('focusout', left);
    }
  };
  tip.addEventListener('mouseleave', left);
  tip.addEventListener('focusout', left);
}

document.addEventListener('keydown', e => {
  if (e.key !== 'Escape') {
    return;
  }
  for (const tip of document.querySelectorAll(shown)) {
    tip.setAttribute('data-help-dismissed', '');
    restoreWhenLeft(tip);
  }
});

document.addEventListener('focusin', e => {
  const text = e.target.closest?.('.help-tip')?.querySelector(':scope > .help-tip-text');
  if (!text || text.contains(e.target)) {
    return;
  }
  if (!text.id) {
    text.id = `help-tip-${++textCount}`;
  }
  const ids = (e.target.getAttribute('aria-describedby') || '').split(/\s+/).filter(id => id);
  if (!ids.includes(text.id)) {
    e.target.setAttribute('aria-describedby', [...ids, text.id].join(' '));
  }
});
