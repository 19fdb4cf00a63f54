/**
 * The cheap, rule-based reading of a page: which element the markup itself names as the article
 * body (`[itemprop=articleBody]`, `<article>`, `<main>`), and whether the page is a listing of teasers.
 */

/** Minimum prose (characters in paragraphs) for an element to count as an article body. */
export const MIN_PROSE = 400;

const OUTSIDE_PROSE = 'nav, aside, footer, form';

/** Characters in an element's paragraphs, leaving out those in navigation, asides, footers and forms. */
export function paragraphProse(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) if (!p.closest(OUTSIDE_PROSE)) n += (p.textContent ?? '').trim().length;
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
  const scored: RuleRoot[] = [];
  const seen = new Set<Element>();
  for (const [kind, sel] of KINDS)
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (seen.has(el)) continue;
      seen.add(el);
      const prose = paragraphProse(el);
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
  const articles = Array.from(doc.querySelectorAll('article'));
  return articles.length >= 3 && !articles.some((a) => paragraphProse(a) >= MIN_PROSE * 2);
}
