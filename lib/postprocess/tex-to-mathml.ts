// A deliberately small TeX → MathML converter for the simple formulas news and blogs carry
// (x^2, \frac{a}{b}, \sqrt{2}, Greek letters, relations). Anything it does not know returns null
// and the caller shows the TeX source instead: wrong maths is worse than raw TeX.
import { MATHML_NS } from './dom';

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  infty: '∞', partial: '∂', nabla: '∇', ell: 'ℓ', hbar: 'ℏ',
};
const OPERATORS: Record<string, string> = {
  times: '×', cdot: '⋅', pm: '±', mp: '∓', div: '÷', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠',
  approx: '≈', equiv: '≡', sim: '∼', propto: '∝', to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒',
  in: '∈', notin: '∉', subset: '⊂', cup: '∪', cap: '∩', sum: '∑', prod: '∏', int: '∫', cdots: '⋯', ldots: '…',
  lt: '<', gt: '>', forall: '∀', exists: '∃', circ: '∘', ast: '∗', langle: '⟨', rangle: '⟩', lbrace: '{', rbrace: '}',
  sin: 'sin', cos: 'cos', tan: 'tan', log: 'log', ln: 'ln', exp: 'exp', lim: 'lim', max: 'max', min: 'min',
};
const SPACES = new Set([',', ';', ':', '!', ' ', 'quad', 'qquad', 'displaystyle', 'textstyle', 'left', 'right', 'big', 'Big', 'bigl', 'bigr']);
const FUNCTION_NAMES = new Set(['sin', 'cos', 'tan', 'log', 'ln', 'exp', 'lim', 'max', 'min']);

class Unsupported extends Error {}

export function texToMathml(tex: string, doc: Document, display = false): Element | null {
  const src = tex.trim();
  if (!src || src.length > 400) return null;
  let i = 0;
  const make = (name: string, ...kids: Array<Element | string>): Element => {
    const el = doc.createElementNS(MATHML_NS, name);
    for (const k of kids) el.append(k);
    return el;
  };
  const row = (items: Element[]): Element => (items.length === 1 ? items[0] : make('mrow', ...items));

  const readGroup = (): Element => {
    // `{...}` or a single atom.
    while (src[i] === ' ') i++;
    if (src[i] === '{') {
      i++;
      const items = readSeq('}');
      if (src[i] !== '}') throw new Unsupported();
      i++;
      return row(items);
    }
    const atom = readAtom();
    if (!atom) throw new Unsupported();
    return atom;
  };
  const readBraced = (): string => {
    while (src[i] === ' ') i++;
    if (src[i] !== '{') throw new Unsupported();
    const end = src.indexOf('}', i);
    if (end < 0 || src.slice(i + 1, end).includes('{')) throw new Unsupported();
    const text = src.slice(i + 1, end);
    i = end + 1;
    return text;
  };
  const readAtom = (): Element | null => {
    const c = src[i];
    if (c === undefined) return null;
    if (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? ''))) {
      const m = /^\d*\.?\d+/.exec(src.slice(i))!;
      i += m[0].length;
      return make('mn', m[0]);
    }
    if (/[A-Za-z]/.test(c)) { i++; return make('mi', c); }
    if (/[+\-=<>()[\],/*!|:'.]/.test(c)) { i++; return make('mo', c === '-' ? '−' : c === '*' ? '∗' : c); }
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
      if (!m) throw new Unsupported();
      const name = m[1];
      i += m[0].length;
      if (SPACES.has(name)) return make('mspace');
      if (name === '{' || name === '}' || name === '%' || name === '$' || name === '#' || name === '&' || name === '|') return make('mo', name === '|' ? '‖' : name);
      if (name in GREEK) return make('mi', GREEK[name]);
      if (FUNCTION_NAMES.has(name)) return make('mi', OPERATORS[name]);
      if (name in OPERATORS) return make('mo', OPERATORS[name]);
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') return make('mfrac', readGroup(), readGroup());
      if (name === 'sqrt') {
        if (src[i] === '[') throw new Unsupported();
        return make('msqrt', readGroup());
      }
      if (name === 'text' || name === 'mathrm' || name === 'textrm' || name === 'operatorname') return make('mtext', readBraced());
      throw new Unsupported();
    }
    throw new Unsupported();
  };
  const readSeq = (until: string): Element[] => {
    const items: Element[] = [];
    while (i < src.length && src[i] !== until) {
      if (src[i] === ' ' || src[i] === '\n' || src[i] === '\t') { i++; continue; }
      if (src[i] === '^' || src[i] === '_') {
        const base = items.pop() ?? make('mrow');
        let sub: Element | null = null;
        let sup: Element | null = null;
        for (let k = 0; k < 2 && (src[i] === '^' || src[i] === '_'); k++) {
          const which = src[i++];
          if (which === '^' && !sup) sup = readGroup();
          else if (which === '_' && !sub) sub = readGroup();
          else throw new Unsupported();
          while (src[i] === ' ') i++;
        }
        items.push(sub && sup ? make('msubsup', base, sub, sup) : sup ? make('msup', base, sup) : make('msub', base, sub!));
        continue;
      }
      if (src[i] === '}') throw new Unsupported();
      if (src[i] === '{') { items.push(readGroup()); continue; }
      const atom = readAtom();
      if (!atom) break;
      items.push(atom);
    }
    return items;
  };

  try {
    const items = readSeq('\u0000');
    if (i < src.length || !items.length) return null;
    const math = make('math', row(items));
    if (display) math.setAttribute('display', 'block');
    return math;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
