// OWNER: noise-passes helper. The ordered cleaning passes (structure first, phrases second).
import type { Pass } from './pass-context';
import { runRules, type Rule } from './noise-engine';
import { hiddenRule } from './remove-hidden';
import { nonContentRule } from './remove-non-content';
import { adsRule } from './remove-ads';
import { subscriptionRule } from './remove-subscription-prompts';
import { promosRule } from './remove-promos';
import { consentRule } from './remove-consent-bars';
import { shareRule } from './remove-share-bars';
import { breadcrumbsRule } from './remove-breadcrumbs';
import { tagListsRule } from './remove-tag-lists';
import { commentsRule } from './remove-comments';
import { widgetsRule } from './remove-widgets';
import { inlineRelatedRule } from './remove-inline-related';
import { boilerplateLinesRule } from './remove-boilerplate-lines';
import { screenReaderTextRule } from './remove-screen-reader-text';

export interface NamedPass { name: string; run: Pass }

/**
 * The noise passes, in the order their rules are tried on each element. Each is also exported
 * alone from its file (removeAds, removeInlineRelated…); here they share one walk per stage, and
 * every removal still names its own pass in `ctx.removed`.
 */
export const NOISE_RULES: Rule[] = [
  hiddenRule, screenReaderTextRule, nonContentRule, adsRule, subscriptionRule, promosRule, consentRule, shareRule, breadcrumbsRule,
  tagListsRule, commentsRule, widgetsRule, inlineRelatedRule, boilerplateLinesRule,
];

const names = (stage: 'structure' | 'phrase') => NOISE_RULES.filter((r) => r[stage]).map((r) => r.pass).join(',');

/**
 * Run before scoring, in mark mode on the whole body: the structure stage (tags, attributes, roles,
 * class/id tokens). Read-only on the page; one walk.
 */
export const PRE_PASSES: NamedPass[] = [
  { name: `noiseStructure(${names('structure')})`, run: (root, ctx) => runRules(root, ctx, NOISE_RULES, { structure: true, phrase: false }) },
];

/**
 * Run after the article root is chosen, in mutate mode on its copy: the phrase stage (ad labels,
 * "also read" lines, subscribe/app prompts, widget headings), on short blocks only. Off when the
 * retry relaxes 'phrases'.
 */
export const POST_PASSES: NamedPass[] = [
  { name: `noisePhrases(${names('phrase')})`, run: (root, ctx) => runRules(root, ctx, NOISE_RULES, { structure: false, phrase: true }) },
];
