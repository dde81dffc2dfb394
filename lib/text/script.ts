// OWNER: text/metadata helper. Minimal first version; replace freely keeping the signatures.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;

/** Words for space-separated scripts, characters for CJK (which has no spaces). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
  return rest + cjk;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / 220));
}
