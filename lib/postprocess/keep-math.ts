// Formulas survive as MathML, which browsers render natively and DOMPurify keeps. Rendered
// KaTeX/MathJax markup is a pile of styled spans that means nothing without the site's CSS,
// so it is swapped for the MathML those libraries keep beside it; TeX sources in
// <script type="math/tex"> (MathJax 2) become MathML when simple, shown as code otherwise.
import type { PassContext } from '../passes/pass-context';
import { parseInertHtml } from '../sanitize/parse-inert';
import { elementWalk } from '../dom/next-element';
import { MATHML_NS, all, inPhrasingContext } from './dom';
import { texToMathml } from './tex-to-mathml';

const PASS = 'keepMath';

/** Renderings MathJax 2 puts next to its source script. */
const MATHJAX_RENDERINGS = '.MathJax_Preview, .MathJax, .MathJax_Display, .MathJax_SVG, .MathJax_SVG_Display, .MathJax_CHTML, .MathJax_MathML';

function texCode(doc: Document, tex: string, display: boolean): Element {
  const code = doc.createElement('code');
  code.textContent = display ? `\\[${tex}\\]` : `\\(${tex}\\)`;
  return code;
}

/** The <math> inside a rendering (KaTeX's .katex-mathml, MathJax 3's assistive MathML). */
function innerMath(el: Element): Element | null {
  for (const m of all(el, 'math')) if (m.namespaceURI === MATHML_NS || m.localName === 'math') return m;
  return null;
}

export const ANY_MATH_MARKUP = '.katex, .katex-display, mjx-container, script[type^="math/"], .MathJax, .MathJax_Preview, .MathJax_Display, .MathJax_SVG, .MathJax_CHTML';

/** A whole HTML tag (`<p>`, `</a>`, `<img src=x>`): TeX and AsciiMath have no such thing. */
const HTML_TAG = /<\/?[a-zA-Z][\w-]*(\s[^<>]*)?>/;
/** The classes of ANY_MATH_MARKUP, lower-cased, for the cheap pre-check. */
const MATH_CLASSES = ['katex', 'katex-display', 'mathjax', 'mathjax_preview', 'mathjax_display', 'mathjax_svg', 'mathjax_chtml'];

/**
 * The cheap pre-check: true when the tree may hold ANY_MATH_MARKUP (a superset: tags and
 * classes compared lower-cased). A script counts only when its type starts with "math/" —
 * every page has scripts, and taking any of them sent nearly every page to the query.
 */
export function mayHoldMath(root: Element): boolean {
  const next = elementWalk(root);
  for (let el = next(); el; el = next()) {
    const tag = el.localName.toLowerCase();
    if (tag === 'mjx-container') return true;
    if (tag === 'script') {
      if (el.getAttribute('type')?.trimStart().toLowerCase().startsWith('math/')) return true;
      continue;
    }
    const cls = el.getAttribute('class')?.toLowerCase();
    if (!cls || !MATH_CLASSES.some((c) => cls.includes(c))) continue;
    for (const token of cls.split(/[\t\n\f\r ]+/)) if (MATH_CLASSES.includes(token)) return true;
  }
  return false;
}

export function keepMath(root: Element, ctx: PassContext): void {
  // Most articles have no formulas: a plain walk rules them out, else one query decides.
  if (!mayHoldMath(root) || !root.querySelector(ANY_MATH_MARKUP)) return;
  const doc = root.ownerDocument;

  // KaTeX: <span class="katex-display"><span class="katex"><span class="katex-mathml"><math>…
  for (const k of all(root, '.katex-display, .katex')) {
    if (!root.contains(k) || k.parentElement?.closest('.katex')) continue;
    const math = innerMath(k);
    if (!math) continue;
    if (k.classList.contains('katex-display')) math.setAttribute('display', 'block');
    k.replaceWith(math);
  }

  // MathJax 3: <mjx-container><mjx-math>…</mjx-math><mjx-assistive-mml><math>…
  for (const c of all(root, 'mjx-container')) {
    if (!root.contains(c)) continue;
    const math = innerMath(c);
    if (math) {
      if (c.getAttribute('display') === 'true') math.setAttribute('display', 'block');
      c.replaceWith(math);
    } else ctx.remove(c, PASS, 'MathJax rendering without MathML');
  }

  // MathJax 2: the rendering is redundant when its source script follows.
  for (const script of all(root, 'script[type^="math/"]')) {
    for (let prev = script.previousElementSibling; prev && prev.matches(MATHJAX_RENDERINGS); prev = script.previousElementSibling) {
      ctx.remove(prev, PASS, 'MathJax rendering, rebuilt from its source');
    }
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const display = /mode\s*=\s*display/.test(type);
    const source = script.textContent ?? '';
    let out: Element | null = null;
    if (type.startsWith('math/mml')) {
      const parsed = parseInertHtml(source, doc).querySelector('math');
      if (parsed) out = doc.importNode(parsed, true) as Element;
    } else if (HTML_TAG.test(source)) {
      // An unclosed math script swallows the rest of the page as raw text: that is markup, not a formula.
      ctx.remove(script, PASS, 'math script holding HTML');
      continue;
    } else if (type.startsWith('math/tex') || type.startsWith('math/asciimath')) {
      out = type.startsWith('math/tex') ? texToMathml(source, doc, display) : null;
      if (!out && source.trim()) out = texCode(doc, source.trim(), display);
    }
    if (out) {
      if (display && out.localName === 'math') out.setAttribute('display', 'block');
      // A display formula gets its own paragraph unless it sits in running text.
      if (display && !inPhrasingContext(script)) {
        const p = doc.createElement('p');
        p.append(out);
        out = p;
      }
      script.replaceWith(out);
    } else ctx.remove(script, PASS, 'empty math script');
  }

  // Leftover renderings without a source (e.g. MathJax SVG output): keep their MathML if any.
  for (const r of all(root, '.MathJax, .MathJax_Display, .MathJax_SVG, .MathJax_CHTML')) {
    if (!root.contains(r)) continue;
    const math = innerMath(r);
    const mml = r.getAttribute('data-mathml');
    if (math) r.replaceWith(math);
    else if (mml) {
      const parsed = parseInertHtml(mml, doc).querySelector('math');
      if (parsed) r.replaceWith(doc.importNode(parsed, true));
    }
  }
  for (const p of all(root, '.MathJax_Preview')) if (root.contains(p)) ctx.remove(p, PASS, 'MathJax preview');
}
