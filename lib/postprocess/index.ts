// Passes that make the chosen article presentable, run in mutate mode on its copy in an inert
// document. Order matters: images and maths are recovered before non-content is removed, URLs
// are absolute before embeds and footnotes are judged, classes are read before they are stripped.
import type { NamedPass } from '../passes/index';
import { fixLazyImages } from './fix-lazy-images';
import { keepMath } from './keep-math';
import { replaceEmbeds } from './replace-embeds';
import { removeLeftovers } from './remove-leftovers';
import { absolutizeUrls } from './absolutize-urls';
import { keepCodeBlocks } from './keep-code-blocks';
import { keepFootnotes } from './keep-footnotes';
import { keepFigures } from './keep-figures';
import { flattenLayoutTables } from './flatten-layout-tables';
import { removeRepeatedCaptions } from './remove-repeated-captions';
import { removeOrphanCaptions } from './remove-orphan-captions';
import { removeTeaserGrids } from './remove-teaser-grids';
import { removeRepeatedBlocks } from './remove-repeated-blocks';
import { removePostSignatures } from './remove-post-signatures';
import { removeClosingSections } from './remove-closing-sections';
import { removeCompanyBoilerplate } from './remove-company-boilerplate';
import { removeEmptyBlocks } from './remove-empty-blocks';
import { unwrapSpans } from './unwrap-spans';
import { stripAttributes } from './strip-attributes';
import { collapseWhitespace } from './collapse-whitespace';

export const POSTPROCESS_PASSES: NamedPass[] = [
  { name: 'fixLazyImages', run: fixLazyImages },
  { name: 'keepMath', run: keepMath },
  { name: 'replaceEmbeds', run: replaceEmbeds },
  { name: 'removeLeftovers', run: removeLeftovers },
  // Before links to '#' are unwrapped: a button set in the text is no heading.
  { name: 'removeClosingSections', run: removeClosingSections },
  { name: 'removeCompanyBoilerplate', run: removeCompanyBoilerplate },
  { name: 'absolutizeUrls', run: absolutizeUrls },
  { name: 'keepCodeBlocks', run: keepCodeBlocks },
  { name: 'keepFootnotes', run: keepFootnotes },
  { name: 'keepFigures', run: keepFigures },
  { name: 'flattenLayoutTables', run: flattenLayoutTables },
  { name: 'removeOrphanCaptions', run: removeOrphanCaptions },
  { name: 'removeTeaserGrids', run: removeTeaserGrids },
  { name: 'removeRepeatedCaptions', run: removeRepeatedCaptions },
  { name: 'removePostSignatures', run: removePostSignatures },
  { name: 'removeRepeatedBlocks', run: removeRepeatedBlocks },
  { name: 'removeEmptyBlocks', run: removeEmptyBlocks },
  { name: 'unwrapSpans', run: unwrapSpans },
  { name: 'stripAttributes', run: stripAttributes },
  { name: 'collapseWhitespace', run: collapseWhitespace },
];
