/** All <meta> values by lowercased name/property/itemprop/http-equiv, first one wins (empty ones skipped). */
export function metaIndex(metas: Iterable<Element>): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of metas) {
    const content = (el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}
