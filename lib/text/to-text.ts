/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul', 'video', 'audio', 'picture',
]);

/** Elements whose text a reader never sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'canvas']);

const SPACES = /[\s\u00a0]+/g;

/**
 * Plain text of a subtree: one newline between blocks, `<br>` as a newline, `<pre>` keeps its
 * line breaks, list items on their own lines, table cells separated by a tab. One iterative pass
 * (no recursion, no per-element textContent) because it runs on every benchmark page.
 */
export function toText(root: Node): string {
  const out: string[] = [];
  // What to write before the next visible text: nothing, a separator space/tab, or a newline.
  let pending = '';
  // Whether the output is at the start of a line or ends with a space (to drop leading spaces).
  let lineStart = true;
  let lastSpace = true;
  let preDepth = 0;

  const write = (s: string): void => {
    if (!s) return;
    if (pending) {
      if (out.length) out.push(pending);
      lineStart = pending === '\n';
      lastSpace = true;
      pending = '';
    }
    out.push(s);
    const last = s[s.length - 1];
    lineStart = last === '\n';
    lastSpace = lineStart || last === ' ' || last === '\t';
  };
  const breakLine = (): void => {
    if (out.length || pending) pending = '\n';
  };

  const enter = (el: Element): boolean => {
    const name = el.localName;
    if (SKIP.has(name)) return false;
    if (name === 'br') {
      breakLine();
      return false;
    }
    if (name === 'td' || name === 'th') {
      if (el.previousElementSibling && !lineStart && pending !== '\n') pending = '\t';
    } else if (BLOCK.has(name)) breakLine();
    if (name === 'pre') preDepth++;
    return true;
  };
  const leave = (el: Element): void => {
    const name = el.localName;
    if (name === 'pre') preDepth--;
    if (BLOCK.has(name)) breakLine();
  };
  const text = (value: string): void => {
    if (preDepth > 0) { write(value); return; }
    let s = value.replace(SPACES, ' ');
    if (s === ' ') {
      if (!lastSpace && !pending) pending = ' ';
      return;
    }
    if (s[0] === ' ') {
      s = s.slice(1);
      if (!lastSpace && !pending) pending = ' ';
    }
    let trailing = false;
    if (s[s.length - 1] === ' ') { s = s.slice(0, -1); trailing = true; }
    write(s);
    if (trailing) pending = ' ';
  };

  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) text((node as Text).data);
    else if (node.nodeType === 1) descend = enter(node as Element);
    else if (node.nodeType === 9 || node.nodeType === 11) descend = true;
    if (descend && node.firstChild) { node = node.firstChild; continue; }
    // Climb: leave finished elements until one has a next sibling.
    while (node) {
      if (node.nodeType === 1 && wasEntered(node as Element)) leave(node as Element);
      if (node === root) { node = null; break; }
      if (node.nextSibling) { node = node.nextSibling; break; }
      node = node.parentNode;
    }
  }
  return out.join('').replace(/[ \t]+\n/g, '\n').trim();
}

/** Skipped elements and <br> were never entered, so they are never left either. */
function wasEntered(el: Element): boolean {
  const name = el.localName;
  return name !== 'br' && !SKIP.has(name);
}
