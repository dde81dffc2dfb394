/**
 * A disclosure toggle: the `<button>` that opens one panel of an accordion or FAQ. Its label is
 * the question or section heading the panel answers, so it is content, unlike other buttons
 * (menus, "Share", "Load more"). The WAI-ARIA accordion pattern puts it in a heading; builders
 * mark it with aria-expanded/aria-controls or an accordion/FAQ/collapse class. A marked toggle
 * needs a label of a few words or a question (a menu's "Products ▾" is not one); an unmarked one
 * a question of a few words.
 */
const HEADING = /^h[1-6]$/;
const TOGGLE_CLASS = /accordion|faq|collaps/i;
/** Words a toggle's label needs unless it sits in a heading or asks a question. */
const MIN_LABEL_WORDS = 4;
/** A label longer than this is a block that happens to be a button, not a heading. */
const MAX_LABEL_CHARS = 300;

/** The toggle sits in a heading (`<h3><button>`, or one wrapper between), as the WAI-ARIA pattern has it. */
export function inHeading(el: Element): boolean {
  for (let p = el.parentElement, i = 0; p && i < 2; p = p.parentElement, i++) {
    if (HEADING.test(p.localName) || p.getAttribute('role') === 'heading') return true;
  }
  return false;
}

export function isDisclosureToggle(el: Element): boolean {
  const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!label || label.length > MAX_LABEL_CHARS) return false;
  if (inHeading(el)) return true;
  const words = label.split(' ').length;
  // An unmarked toggle (utility-class builders) shows itself by asking a question.
  if (words >= MIN_LABEL_WORDS && label.endsWith('?')) return true;
  const marked = el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls') || TOGGLE_CLASS.test(el.getAttribute('class') ?? '');
  return marked && (label.endsWith('?') || words >= MIN_LABEL_WORDS);
}
