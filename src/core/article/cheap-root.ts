/**
 * The article root from cheap signals, when they are decisive; null sends the caller to Readability.
 *
 * - JSON-LD `articleBody`: the publisher's own copy of the text. When it is long and the text
 *   collected from the markup's article element matches it closely, that element is the root
 *   (even a `<main>`). Short or truncated copies (teasers, paywalls) do not match and are not used.
 * - Markup rules: an `[itemprop=articleBody]` or `<article>` that holds most of the page's
 *   paragraph prose, and whose collected text is mostly that prose. `<main>` alone is never
 *   decisive: it usually wraps headers, rails and teaser lists as well.
 *
 * Measured on the shared corpora (see docs/quality.md), these settle about two pages in three at a
 * small fraction of Readability's cost, with the same token F1 on those pages.
 */
import type { Steps } from '../steps';
import { collectTextSteps, type TextModel } from '../text/text-model';
import { isFurniture } from './furniture';
import type { ArticleMetadata } from './metadata';
import { MIN_PROSE, paragraphProseSteps, ruleRootSteps, type ProseCache, type RuleRoot } from './rules';
import { wordF1, words } from './text-match';

export interface CheapRoot {
  root: Element;
  skip: (el: Element) => boolean;
  method: 'json-ld' | 'rules';
  reason: string;
  /** The text collected from `root` with `skip`. */
  model: TextModel;
}

/** Least words in JSON-LD `articleBody` to trust it as the article's text. */
const MIN_LD_WORDS = 80;
/** Least word F1 between `articleBody` and the rule root's text. */
const MIN_LD_MATCH = 0.9;
/** Least share of the page's paragraph prose the rule root must hold. */
const MIN_SHARE = 0.8;
/** Least share of the rule root's collected text that must be paragraph prose. */
const MIN_PROSE_RATIO = 0.6;
/** Least share of the root's paragraph prose that must survive the furniture rules. */
const MIN_KEPT = 0.7;

const tag = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;

/** The rule root, confirmed by the publisher's own copy of the text. */
function* confirmedByJsonLd(rule: RuleRoot, articleBody: string): Steps<CheapRoot | null> {
  const copy = words(articleBody);
  if (copy.length < MIN_LD_WORDS) return null;
  yield;
  const model = yield* collectTextSteps([rule.el], { skip: isFurniture });
  yield;
  const found = words(model.text);
  yield;
  const f1 = wordF1(found, copy);
  if (f1 < MIN_LD_MATCH) return null;
  const reason = `JSON-LD articleBody matches ${rule.kind} ${tag(rule.el)} (F1 ${f1.toFixed(2)})`;
  return { root: rule.el, skip: isFurniture, method: 'json-ld', reason, model };
}

/** `el` as the root, if its collected text is mostly paragraph prose. */
function* ifMostlyProse(el: Element, prose: number, reason: string): Steps<CheapRoot | null> {
  if (prose < MIN_PROSE || /^(?:BODY|HTML)$/i.test(el.tagName)) return null;
  for (let a: Element | null = el; a; a = a.parentElement) if (isFurniture(a)) return null;
  const model = yield* collectTextSteps([el], { skip: isFurniture });
  const { length } = model.text;
  // Mostly prose, and the furniture rules did not throw most of that prose away.
  if (prose / Math.max(1, length) < MIN_PROSE_RATIO || length < prose * MIN_KEPT) return null;
  return { root: el, skip: isFurniture, method: 'rules', reason, model };
}

export function* cheapRootSteps(doc: Document, metadata: ArticleMetadata): Steps<CheapRoot | null> {
  const cache: ProseCache = new Map();
  const rule = yield* ruleRootSteps(doc, cache);
  if (!rule) return null;
  const confirmed = metadata.articleBody ? yield* confirmedByJsonLd(rule, metadata.articleBody) : null;
  if (confirmed || rule.kind === 'main') return confirmed;
  const share = rule.prose / Math.max(1, yield* paragraphProseSteps(doc.body, cache));
  if (share < MIN_SHARE) return null;
  return yield* ifMostlyProse(rule.el, rule.prose, `${rule.kind} ${tag(rule.el)} holds ${Math.round(share * 100)}% of the prose`);
}
