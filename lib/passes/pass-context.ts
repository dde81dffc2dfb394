import type { PageKind, Removal } from '../types';
import type { MassCollector } from './noise-engine';

/**
 * What every cleaning pass receives. Passes drop elements only through `ctx.remove`, so that
 * debug mode records each removal with its reason (as Defuddle does) and so that the same pass
 * can run in two modes:
 *  - mark mode (before the article is located): the source document is read-only — the live page
 *    in the extension. `remove` only records the element in `excluded`; scoring skips it.
 *  - mutate mode (after the article subtree was copied into an inert document): `remove` detaches.
 * A pass must therefore not assume a removed element has left the tree: use `ctx.isRemoved`.
 */
export interface PassContext {
  url: string;
  debug: boolean;
  removed: Removal[];
  /** Names of relaxations in force (see the retry order in extract-article.ts). */
  relaxed: Set<string>;
  /**
   * What the page is, from detection: 'article' (the default) or 'other' (a listing, collection,
   * product or forum page). On 'other' pages the items ARE the content, so the cleaning that drops
   * teaser cards and link lists from articles holds back. 'forum': a page that declares itself a
   * discussion thread (schema.org DiscussionForumPosting, QAPage); cleaned as an article, except
   * that its replies are the content, not a comment section to drop.
   */
  pageKind: PageKind;
  /** The page's title from the metadata ('' when unknown): a listicle's title announces its items. */
  title: string;
  /**
   * What relative URLs resolve against, when the caller knows it (extraction: the page's <base>,
   * '' for none, then `url`); undefined: the base of the tree's document (see postprocess/dom.ts).
   */
  base?: string;
  /** Elements dropped in mark mode. */
  excluded: Set<Element>;
  mutate: boolean;
  remove(el: Element, pass: string, reason: string): void;
  /** True when `el` or an ancestor was removed (in mark mode). */
  isRemoved(el: Element): boolean;
  /** The page's text masses, gathered by the metadata scan's walk (mark mode on the body only). */
  masses?: MassCollector;
}

export type Pass = (root: Element, ctx: PassContext) => void;

export type { PageKind };

export function createPassContext(
  url: string,
  opts: { debug?: boolean; relaxed?: Iterable<string>; mutate?: boolean; removed?: Removal[]; pageKind?: PageKind; title?: string; base?: string; masses?: MassCollector } = {},
): PassContext {
  const debug = !!opts.debug;
  const removed: Removal[] = opts.removed ?? [];
  const excluded = new Set<Element>();
  const mutate = !!opts.mutate;
  return {
    url,
    debug,
    removed,
    relaxed: new Set(opts.relaxed ?? []),
    pageKind: opts.pageKind ?? 'article',
    title: opts.title ?? '',
    base: opts.base,
    excluded,
    mutate,
    masses: opts.masses,
    remove(el, pass, reason) {
      if (debug) removed.push({ pass, path: describePath(el), reason, text: (el.textContent ?? '').trim().slice(0, 80) });
      if (mutate) el.remove();
      else excluded.add(el);
    },
    isRemoved(el) {
      if (mutate) return !el.isConnected && !el.parentNode;
      for (let n: Element | null = el; n; n = n.parentElement) if (excluded.has(n)) return true;
      return false;
    },
  };
}

/** `div#main > p.ad` — enough to find the element again in devtools. */
export function describePath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let i = 0; node && i < 4; i++, node = node.parentElement) {
    let part = node.localName;
    if (node.id) part += `#${node.id}`;
    const cls = (node.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
    if (cls.length) part += '.' + cls.join('.');
    parts.unshift(part);
    if (node.id) break;
  }
  return parts.join(' > ');
}
