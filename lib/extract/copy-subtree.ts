import type { BudgetLog } from './budget';

/** Attributes never copied: styles (the reader has its own, and jsdom re-parses each one) and handlers. */
const isDroppedAttribute = (name: string): boolean => name === 'style' || name.startsWith('on');

/** Marks a stack entry that appends a finished copy to its parent (see copySubtree). */
const CLOSE = -1;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The work budget of a copy (see budget.ts); without it everything is copied. */
export interface CopyLimits {
  maxDepth: number;
  maxElements: number;
  maxTextChars: number;
  log: BudgetLog;
}

/**
 * Copy `root` into `target` (an inert document: images do not load, scripts never run), leaving
 * out the elements in `excluded` and their subtrees. Iterative, so 10,000-deep nesting cannot
 * overflow the stack. With `limits`, content deeper than maxDepth is kept as text of the element
 * at that depth, and the copy stops at maxElements elements or maxTextChars characters.
 */
export function copySubtree(root: Element, target: Document, excluded: Set<Element>, limits?: CopyLimits): Element {
  const top = copyElement(root, target);
  // Nodes still to copy, with the copy of their parent and their depth below `root`. Children
  // are pushed last-first, so nodes are copied in document order and a budget cut keeps the start.
  // Three parallel stacks rather than a tuple per node: less garbage on big pages.
  // The tree is built bottom-up: an element's copy joins its parent only once its own subtree is
  // complete (a CLOSE entry). jsdom walks every ancestor of the parent on each insert (versions,
  // memoized queries), so appending into a detached copy keeps each insert O(1), not O(depth).
  const nodes: Node[] = [];
  const parents: Node[] = [];
  const depths: number[] = [];
  const pushChildren = (src: Node, dst: Node, depth: number): void => {
    for (let c = src.lastChild; c; c = c.previousSibling) {
      nodes.push(c);
      parents.push(dst);
      depths.push(depth);
    }
  };
  pushChildren(root, top, 1);
  const budget = limits ? { elements: limits.maxElements - 1, chars: limits.maxTextChars } : null;
  while (nodes.length) {
    const c = nodes.pop()!;
    const dst = parents.pop()!;
    const depth = depths.pop()!;
    if (depth === CLOSE) {
      dst.appendChild(c);
    } else if (c.nodeType === 1) {
      if (excluded.has(c as Element)) continue;
      if (limits && budget) {
        if (depth >= limits.maxDepth) {
          limits.log.hit('depth', limits.maxDepth);
          if (!flattenInto(c as Element, dst, target, excluded, budget, limits)) break;
          continue;
        }
        if (--budget.elements < 0) {
          limits.log.hit('elements', limits.maxElements);
          break;
        }
      }
      const copy = copyElement(c as Element, target);
      nodes.push(copy);
      parents.push(dst);
      depths.push(CLOSE);
      pushChildren(c, copy, depth + 1);
    } else if (c.nodeType === 3) {
      const value = limits && budget ? takeText(c.nodeValue ?? '', budget, limits) : c.nodeValue ?? '';
      if (value || !limits) dst.appendChild(target.createTextNode(value));
      if (budget && budget.chars <= 0) break;
    }
  }
  // After a budget cut, the copies still open join their parents, innermost first.
  for (let i = nodes.length - 1; i >= 0; i--) if (depths[i] === CLOSE) parents[i].appendChild(nodes[i]);
  return top;
}

/** `value`, cut to what the text budget has left (at a space when one is near). */
function takeText(value: string, budget: { chars: number }, limits: CopyLimits): string {
  if (value.length <= budget.chars) {
    budget.chars -= value.length;
    return value;
  }
  limits.log.hit('text', limits.maxTextChars);
  let cut = value.slice(0, Math.max(0, budget.chars));
  const space = cut.lastIndexOf(' ');
  if (space > cut.length - 200) cut = cut.slice(0, space);
  budget.chars = 0;
  return cut;
}

/**
 * Append the text under `el` (too deep to copy as elements) to `dst`, in document order, with a
 * space where elements met so words of different blocks stay apart. False when the budget ran out.
 */
function flattenInto(el: Element, dst: Node, target: Document, excluded: Set<Element>, budget: { elements: number; chars: number }, limits: CopyLimits): boolean {
  let node: Node | null = el;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      descend = !excluded.has(node as Element);
      // Walking costs as much as copying: flattened elements count against the element budget.
      if (descend && --budget.elements < 0) {
        limits.log.hit('elements', limits.maxElements);
        return false;
      }
      if (descend && dst.lastChild?.nodeType === 3 && !/\s$/.test(dst.lastChild.nodeValue ?? '')) dst.appendChild(target.createTextNode(' '));
    } else if (node.nodeType === 3) {
      const value = takeText(node.nodeValue ?? '', budget, limits);
      if (value) dst.appendChild(target.createTextNode(value));
      if (budget.chars <= 0) return false;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = !node || node === el ? null : node.nextSibling;
  }
  return true;
}

function copyElement(el: Element, target: Document): Element {
  let copy: Element;
  try {
    copy = target.createElementNS(el.namespaceURI, el.localName);
  } catch {
    // The HTML parser accepts names (`p<`) that createElement refuses; import those as they are.
    copy = target.importNode(el, false) as Element;
    for (const a of Array.from(copy.attributes)) if (isDroppedAttribute(a.name)) copy.removeAttribute(a.name);
    return copy;
  }
  if (!el.hasAttributes()) return copy;
  if (el.namespaceURI === HTML_NS) {
    for (const name of el.getAttributeNames()) {
      if (isDroppedAttribute(name)) continue;
      const value = el.getAttribute(name);
      if (value === null) continue;
      try {
        copy.setAttribute(name, value);
      } catch {
        // As below.
      }
    }
    return copy;
  }
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if (isDroppedAttribute(a.name)) continue;
    try {
      if (a.namespaceURI) copy.setAttributeNS(a.namespaceURI, a.name, a.value);
      else copy.setAttribute(a.name, a.value);
    } catch {
      // A name the DOM refuses (e.g. `"foo`) is page garbage; dropping it loses nothing readable.
    }
  }
  return copy;
}
