/** Whether the UTF-16 code `c` is JavaScript white space (`/\s/`). */
export function isSpaceCode(c: number): boolean {
  // Tab to carriage return and space first (nearly all of it), then no-break space and the Unicode spaces.
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * `t.replace(/\s+/g, '').length` without building the string: it runs on every text node of
 * several walks, and the replaced copy was garbage each time.
 */
export function nonSpaceLength(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (!isSpaceCode(t.charCodeAt(i))) n++;
  return n;
}

/**
 * `t.slice(start, end).replace(/\s+/g, ' ').length` without building the string: each run of
 * white space counts one.
 */
export function collapsedLength(t: string, start = 0, end = t.length): number {
  let n = 0;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(t.charCodeAt(i));
    if (!space || !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/** `t.replace(/\s+/g, ' ').trim().length` without building the string. */
export function collapsedTrimmedLength(t: string): number {
  let start = 0;
  let end = t.length;
  while (start < end && isSpaceCode(t.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(t.charCodeAt(end - 1))) end--;
  return collapsedLength(t, start, end);
}
