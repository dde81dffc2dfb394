// OWNER: text/metadata helper. Minimal first version; replace freely keeping the signature.
const BLOCK = new Set(['address','article','aside','blockquote','br','dd','div','dl','dt','figcaption','figure','footer','h1','h2','h3','h4','h5','h6','header','hr','li','main','nav','ol','p','pre','section','table','tr','td','th','ul','caption','summary','details']);

/** Plain text of a subtree with a newline between blocks, so paragraphs never glue words together. */
export function toText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === 3) { out.push(inPre ? node.nodeValue ?? '' : (node.nodeValue ?? '').replace(/\s+/g, ' ')); return; }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = (node as Element).localName;
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, inPre || name === 'pre');
    if (block) out.push('\n');
  };
  walk(root, false);
  return out.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
}
