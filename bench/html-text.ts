/**
 * The one html→text path every extractor's output goes through before scoring, so no extractor
 * gains or loses by its own text conversion: parse the HTML into an inert document (DOMParser
 * never runs scripts or loads resources) and take Saar's block-aware `toText` of its body.
 */
import { JSDOM } from 'jsdom';
import { toText } from '../lib/text/to-text';

let parser: DOMParser | null = null;

export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  parser ??= new new JSDOM('').window.DOMParser();
  const doc = parser.parseFromString(html, 'text/html');
  return doc.body ? toText(doc.body) : '';
}
