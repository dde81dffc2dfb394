// OWNER: text/metadata helper. Minimal first version; replace freely keeping the signature.
/** Extractive summary of 2–3 sentences, computed on the device. */
export function generateSummary(text: string, _lang = ''): string {
  return text.split(/(?<=[.!?।。])\s+/u).slice(0, 2).join(' ').trim();
}
