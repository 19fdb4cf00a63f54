/**
 * The cheap, rule-based reading of a page: which element the markup itself names as the article
 * body (`[itemprop=articleBody]`, `<article>`, `<main>`), and whether the page is a listing of teasers.
 * Each comes as a sliceable computation (`...Steps`, see `core/steps.ts`) and a plain function.
 */
import { runSteps, type Steps } from '../steps';

/** Minimum prose (characters in paragraphs) for an element to count as an article body. */
export const MIN_PROSE = 400;

const OUTSIDE_PROSE = 'nav, aside, footer, form';

/** Paragraphs measured between pause points. */
const PARAGRAPHS_PER_STEP = 256;

/** Characters in an element's paragraphs, leaving out those in navigation, asides, footers and forms. */
export function paragraphProse(el: Element): number {
  return runSteps(paragraphProseSteps(el));
}

/**
 * Paragraph lengths already measured in this detection pass: the same paragraphs are summed for
 * `<article>`, `<main>` and `<body>`, and reading their text is the costly part.
 */
export type ProseCache = Map<Element, number>;

export function* paragraphProseSteps(el: Element, cache: ProseCache = new Map()): Steps<number> {
  let n = 0;
  let measured = 0;
  const paragraphs = el.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    let len = cache.get(p);
    if (len === undefined) {
      if (++measured % PARAGRAPHS_PER_STEP === 0) yield;
      len = p.closest(OUTSIDE_PROSE) ? 0 : (p.textContent ?? '').trim().length;
      cache.set(p, len);
    }
    n += len;
  }
  return n;
}

export interface RuleRoot {
  el: Element;
  prose: number;
  /** How the markup names it. */
  kind: 'itemprop' | 'article' | 'main';
}

const KINDS: [RuleRoot['kind'], string][] = [
  ['itemprop', '[itemprop="articleBody"]'],
  ['article', 'article, [role="article"]'],
  ['main', 'main, [role="main"]'],
];

/** The smallest named element that holds most of the best named element's prose; null if none has enough. */
export function ruleRoot(doc: Document): RuleRoot | null {
  return runSteps(ruleRootSteps(doc));
}

export function* ruleRootSteps(doc: Document, cache: ProseCache = new Map()): Steps<RuleRoot | null> {
  const scored: RuleRoot[] = [];
  const seen = new Set<Element>();
  for (const [kind, sel] of KINDS)
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (seen.has(el)) continue;
      seen.add(el);
      const prose = yield* paragraphProseSteps(el, cache);
      if (prose >= MIN_PROSE) scored.push({ el, prose, kind });
    }
  if (scored.length === 0) return null;
  const best = scored.reduce((a, b) => (b.prose > a.prose ? b : a));
  return scored
    .filter((c) => c.prose >= best.prose * 0.8 && (c.el === best.el || best.el.contains(c.el)))
    .reduce((a, b) => (a.el.contains(b.el) ? b : a));
}

/** A listing page has several <article> teasers, none of them long. */
export function looksLikeListing(doc: Document): boolean {
  return runSteps(looksLikeListingSteps(doc));
}

export function* looksLikeListingSteps(doc: Document): Steps<boolean> {
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length < 3) return false;
  for (const a of articles) if ((yield* paragraphProseSteps(a)) >= MIN_PROSE * 2) return false;
  return true;
}
