// Test helpers of the noise passes (used by lib/passes/*.test.ts only).
import { JSDOM } from 'jsdom';
import type { Pass, PassContext } from './pass-context';
import { createPassContext } from './pass-context';
import type { Removal } from '../types';

/** Long enough to be the article's text mass, in English and Hindi. */
export const EN_PARA =
  'The city council voted on Tuesday to expand the bus network, adding twelve routes that connect the outer suburbs with the central station. Officials said the plan would cut average commute times by a quarter and that the first routes would open in the spring, after drivers finish their training.';
export const HI_PARA =
  'भारत सरकार ने स्टार्टअप्स और छोटे कारोबारियों को वैश्विक बाजार से जोड़ने के लिए एक नई योजना की घोषणा की है। इस योजना के तहत निर्यात बढ़ाने पर जोर दिया जाएगा और छोटे उद्योगों को अंतरराष्ट्रीय बाजार तक पहुंचने में मदद मिलेगी। अधिकारियों ने कहा कि पहले चरण में एक हजार कंपनियों को शामिल किया जाएगा।';

export function parse(bodyHtml: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`).window.document;
}

export interface Run {
  doc: Document;
  removed: Removal[];
  ctx: PassContext;
  /** Body text with whitespace collapsed. */
  text: string;
}

/** Run `pass` in mutate mode on the body (as POST_PASSES do on the article copy). */
export function mutate(pass: Pass, bodyHtml: string, relaxed: string[] = []): Run {
  const doc = parse(bodyHtml);
  const removed: Removal[] = [];
  const ctx = createPassContext('https://example.com/a', { debug: true, relaxed, removed, mutate: true });
  pass(doc.body, ctx);
  return { doc, removed, ctx, text: squash(doc.body.textContent ?? '') };
}

/**
 * Run `pass` in mark mode (as PRE_PASSES do on the live page) and check that the document did not
 * change. `text` is the text left when the marked elements are taken out.
 */
export function mark(pass: Pass, bodyHtml: string, relaxed: string[] = []): Run {
  const doc = parse(bodyHtml);
  const before = doc.documentElement.outerHTML;
  const removed: Removal[] = [];
  const ctx = createPassContext('https://example.com/a', { debug: true, relaxed, removed });
  pass(doc.body, ctx);
  if (doc.documentElement.outerHTML !== before) throw new Error('mark mode changed the document');
  return { doc, removed, ctx, text: squash(textWithout(doc.body, ctx.excluded)) };
}

function textWithout(root: Node, excluded: Set<Element>): string {
  let out = '';
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.nodeValue;
    else if (c.nodeType === 1 && !excluded.has(c as Element)) out += ` ${textWithout(c, excluded)} `;
  }
  return out;
}

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
