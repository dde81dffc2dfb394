/**
 * Headings that open the part of a page after an article's end: a call to get in touch and the
 * site's own recirculation ("Explore more", "More from <site>", "Trending stories in travel").
 * Regular-expression sources, matched case-insensitively against the WHOLE text of a short line
 * (punctuation at the end ignored; a Spanish opening "¿" too). Add a language by adding lines.
 * Used by lib/postprocess/remove-closing-sections.ts, which also asks that the line sit near the
 * end of the article, so a heading like these in the middle of a text is never taken.
 */
export const CLOSING_SECTION_HEADINGS: readonly string[] = [
  // Calls to get in touch.
  'still have questions', 'have (more|any|other) questions', 'got questions',
  'contact us( today)?', 'get in touch( with .{0,30})?', "let'?s talk", 'talk to (us|an expert|our team)( today)?',
  '(request|schedule|book) a (demo|quote|consultation|call)',
  // The site's recirculation under the article.
  'explore more( .{0,40})?', 'more from .{0,30}', 'more articles( .{0,30})?', 'keep reading',
  'trending (stories|now|articles|posts)( in .{0,30})?', 'you (may|might) also (like|enjoy)',
  // Up to three words between: "More Great WIRED Stories", "More Japan Travel Guides".
  'more (\\S+ ){0,3}(stories|posts|guides|insights|reads)( .{0,30})?',
  // Sign-offs and prompts to follow the writer.
  '(thanks|thank you) for (reading|visiting|stopping by)', 'stay connected', '(follow|connect with) (us|me)( on .{0,30})?',
  // German.
  'haben sie (noch )?fragen', 'noch fragen', 'kontaktieren sie uns', 'das könnte (sie|dich) auch interessieren',
  'mehr (artikel|beiträge) (zum thema|von .{0,30})', 'weitere (artikel|beiträge)( .{0,30})?', 'danke fürs lesen',
  // French.
  'vous avez (des|d.autres) questions', 'contactez-nous', 'nous contacter', "plus d'articles( .{0,30})?",
  'vous aimerez (aussi|peut-être aussi)', 'sur le même (sujet|thème)', 'merci (de|pour) (votre )?lecture',
  // Spanish.
  '¿?tienes (alguna |más )?preguntas', 'contáctanos', 'contacta con nosotros', 'más artículos( .{0,30})?',
  '(también )?te puede interesar', 'gracias por leer',
  // Italian.
  'hai (altre )?domande', 'contattaci', 'altri articoli( .{0,30})?', '(ti )?potrebbe interessarti( anche)?', 'grazie per (la lettura|aver letto)',
  // Hindi.
  'हमसे संपर्क करें', 'संपर्क करें', 'और खबरें',
];

/**
 * The company boilerplate a press release or a firm's own post ends with ("Ascom is a global
 * solutions provider… Ascom is headquartered in Baar, employs around 1,300 people…"), used by
 * lib/postprocess/remove-company-boilerplate.ts. A blurb opens with the site's own name and one of
 * these verbs…
 */
export const COMPANY_BLURB_VERBS: readonly string[] = [
  'is', 'are', 'was', 'has', 'have', 'employs', 'operates', 'offers', 'provides', 'serves', 'develops', 'designs',
  'makes', 'builds', 'helps', 'delivers', 'enables', 'specializes', 'specialises',
];

/**
 * …and states at least one fact of a company register: where it sits, when and by whom it was
 * founded, its staff, its listing. Reporting that ends on the firm it covers rarely says these of
 * the site that publishes it. Regular-expression sources, matched case-insensitively.
 */
export const COMPANY_FACT_CUES: readonly string[] = [
  'headquartered (in|at)', 'head ?office (is )?in', 'founded (in|by)', 'employs', '\\d[\\d,.]* (employees|people|staff)',
  'subsidiaries', '(offices|operations|businesses) in \\d+ countries', '(listed|traded) on', 'nasdaq', 'nyse', 'stock exchange',
  'publicly traded', 'privately held',
];
