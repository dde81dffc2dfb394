// The explicit allow-lists for DOMPurify. Everything not named here is dropped (text kept unless
// the element is in FORBID_CONTENTS). Lower case: DOMPurify compares lower-cased names.

/** HTML a reader view needs: text structure, lists, tables, media, figures. */
export const HTML_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br',
  'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt',
  'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video',
  'wbr',
];

/**
 * Presentational MathML. Not `annotation-xml` (an HTML integration point, the root of several
 * namespace-confusion payloads), not `maction`.
 */
export const MATHML_TAGS = [
  'math', 'menclose', 'merror', 'mfenced', 'mfrac', 'mi', 'mmultiscripts', 'mn', 'mo', 'mover', 'mpadded',
  'mphantom', 'mprescripts', 'mroot', 'mrow', 'ms', 'mspace', 'msqrt', 'mstyle', 'msub', 'msubsup', 'msup',
  'mtable', 'mtd', 'mtext', 'mtr', 'munder', 'munderover', 'none', 'semantics', 'annotation',
];

/**
 * A shape-only SVG subset for charts and icons: no `use`/`image`/`foreignObject` (external or HTML
 * content), no `animate`/`set` (can rewrite attributes to script URLs), no `style`, no filters.
 */
export const SVG_TAGS = [
  'svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan',
  'defs', 'lineargradient', 'radialgradient', 'stop', 'clippath',
];

/** What the reader view renders; no `style`, no `class`, no event handlers, no `data-*`. */
export const HTML_ATTRS = [
  'href', 'src', 'srcset', 'sizes', 'media', 'type', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan',
  'headers', 'scope', 'abbr', 'span', 'lang', 'dir', 'datetime', 'cite', 'id', 'start', 'reversed', 'value',
  'controls', 'poster', 'open', 'target', 'rel', 'kind', 'srclang', 'label', 'aria-label',
];

export const MATHML_ATTRS = [
  'display', 'displaystyle', 'mathvariant', 'mathsize', 'fence', 'separator', 'separators', 'stretchy',
  'symmetric', 'largeop', 'movablelimits', 'accent', 'accentunder', 'lspace', 'rspace', 'linethickness',
  'columnalign', 'rowalign', 'columnspan', 'columnlines', 'rowlines', 'frame', 'encoding', 'scriptlevel',
  'notation', 'form', 'depth', 'voffset', 'open', 'close', 'xmlns',
];

export const SVG_ATTRS = [
  'viewbox', 'preserveaspectratio', 'd', 'fill', 'fill-rule', 'clip-rule', 'fill-opacity', 'stroke',
  'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'stroke-dasharray', 'cx', 'cy',
  'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'points', 'transform', 'opacity',
  'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'offset', 'stop-color',
  'stop-opacity', 'gradientunits', 'gradienttransform', 'fx', 'fy', 'clip-path', 'clippathunits',
];

/**
 * Elements whose content is dropped with them: controls and plug-ins say nothing to a reader, and
 * `marquee` is a parser scope boundary (a <div> inside <p><marquee> stays nested), so hoisting its
 * content would give markup that re-parses differently.
 */
export const FORBID_CONTENTS_EXTRA = ['button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'object', 'embed', 'applet', 'frameset', 'frame', 'canvas', 'map', 'marquee'];

/** Frames: replaced by a plain link to their address (never kept, never `srcdoc`). */
export const FRAME_TAGS = new Set(['iframe', 'frame', 'embed', 'object', 'portal', 'fencedframe']);

/** http(s), mailto, tel and relative URLs; nothing else (no javascript:, vbscript:, data:, file:). */
export const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** The only data: URLs allowed: raster images, which cannot carry script. */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp)[;,]/i;
