/**
 * Finds the article on a page: the live element(s) holding its prose, and what the page says
 * about it (title, language, date). Pure: DOM in, data out; the content script and the `explain`
 * CLI both call it, and it never changes the document it is handed.
 *
 * Signals, cheapest first:
 * 1. page metadata (JSON-LD, Open Graph, microdata) and a listing check;
 * 2. the markup's own names for the body (`[itemprop=articleBody]`, `<article>`, `<main>`), trusted
 *    when they agree with the page's prose (see `cheapRoot`) or with JSON-LD `articleBody`;
 * 3. otherwise Mozilla Readability's scoring, run on a clone and mapped back to the live nodes.
 * Inside the chosen root, furniture rules (`furniture.ts`) leave out what is not prose.
 */
import { runSteps, type Steps } from '../steps';
import { collectText, collectTextSteps, type TextModel } from '../text/text-model';
import { cheapRootSteps, type CheapRoot } from './cheap-root';
import { isFurniture } from './furniture';
import { languageOf } from './language';
import { readMetadata, type ArticleMetadata } from './metadata';
import type { HeavyDetectors } from './heavy';
import { looksLikeListingSteps } from './rules';

export interface DetectedArticle {
  found: boolean;
  /** The element holding the article's prose (null when not found). */
  root: Element | null;
  title: string | null;
  lang: string | null;
  /** ISO date (or date-time) of publication; null when the page gives none. */
  published: string | null;
  metadata: ArticleMetadata;
  /** Subtrees inside `root` to leave out of the text. */
  skip: (el: Element) => boolean;
  /** How the root was chosen: page metadata, markup rules, Readability, or none. */
  method: 'json-ld' | 'rules' | 'readability' | null;
  /** Why this decision was made, for debugging and the CLI's table. */
  reason: string;
  /**
   * The text under `root` with `skip` as it was collected while deciding (null when not found).
   * It holds only while the DOM under `root` is unchanged: the content script uses it instead of
   * collecting the text a second time, after checking nothing changed. {@link articleText} always
   * collects afresh.
   */
  model?: TextModel | null;
}

/** Least article text (characters) for a page to count as an article. */
const MIN_TEXT = 250;
/** ... when neither the page's metadata nor Readability's quick check says it is one. */
const MIN_TEXT_UNDECLARED = 1000;

const hasText = (el: Element) => /\S/.test(el.textContent ?? '');

/** Detection could not finish without Readability or franc (see `heavy.ts`). */
export const NEEDS_HEAVY = 'needs-heavy';

/**
 * Detect with the heavy detectors if given; without them, return {@link NEEDS_HEAVY} on pages
 * whose metadata and markup do not settle the question (the caller loads them and tries again).
 */
export function detectArticleWith(
  doc: Document,
  url: string | undefined,
  heavy: HeavyDetectors | null,
): DetectedArticle | typeof NEEDS_HEAVY {
  return runSteps(detectArticleSteps(doc, url, heavy));
}

/**
 * {@link detectArticleWith} with pause points (the content script runs it in slices).
 * `onDeclared` is called as soon as the metadata declares an article, before the (sliced) search
 * for its root and text: the content script starts loading the index then, so the read overlaps
 * the rest of detection.
 */
export function* detectArticleSteps(
  doc: Document,
  url: string | undefined,
  heavy: HeavyDetectors | null,
  onDeclared?: () => void,
): Steps<DetectedArticle | typeof NEEDS_HEAVY> {
  const metadata = readMetadata(doc, url);
  if (metadata.declaresArticle && doc.body) onDeclared?.();
  const none = (reason: string): DetectedArticle => ({
    found: false,
    root: null,
    title: metadata.title,
    lang: languageOf(doc, metadata, null, null).lang,
    published: metadata.published,
    metadata,
    skip: () => true,
    method: null,
    reason,
    model: null,
  });
  if (!doc.body) return none('no body');
  if (!metadata.declaresArticle && (yield* looksLikeListingSteps(doc))) return none('listing: many short <article> elements');

  const cheap = yield* cheapRootSteps(doc, metadata);
  if (!cheap && !heavy) return NEEDS_HEAVY;
  const chosen = cheap ?? (yield* fromReadability(doc, heavy!));
  if (!chosen) return none('Readability found no article');
  const { root, skip, method, reason, model } = chosen;
  const { text } = model;
  if (!metadata.declaresArticle && text.length < MIN_TEXT_UNDECLARED && !heavy) return NEEDS_HEAVY;
  // Enough text settles it without Readability's opinion (which only lowers the threshold), so the
  // quick pass, which has no heavy detectors, must not ask for it.
  const declared = metadata.declaresArticle || text.length >= MIN_TEXT_UNDECLARED || heavy!.isProbablyReaderable(doc);
  if (text.length < (declared ? MIN_TEXT : MIN_TEXT_UNDECLARED))
    return none(`too little article text (${text.length} characters)`);
  const language = languageOf(doc, metadata, root, text, heavy?.languageFromText);
  if (!language.lang && !heavy) return NEEDS_HEAVY;
  return {
    found: true,
    root,
    title: metadata.title,
    lang: language.lang,
    published: metadata.published,
    metadata,
    skip,
    method,
    reason,
    model,
  };
}

/** Readability runs in one piece (it works on a clone); collecting the text from its root is sliced. */
function* fromReadability(
  doc: Document,
  heavy: HeavyDetectors,
): Steps<CheapRoot | (Omit<CheapRoot, 'method'> & { method: 'readability' }) | null> {
  const found = heavy.readabilityRoot(doc);
  if (!found) return null;
  yield;
  const { root, keep } = found;
  // What Readability saw and left out stays out; what the page adds later (lazy loading, "read
  // more") is not in `keep` but is judged by the furniture rules alone.
  const seen = new WeakSet<Element>();
  for (const el of Array.from(root.getElementsByTagName('*'))) seen.add(el);
  const skip = (el: Element) => isFurniture(el) || (seen.has(el) && !keep.has(el) && hasText(el));
  const model = yield* collectTextSteps([root], { skip });
  return { root, skip, method: 'readability', reason: 'Readability on a clone', model };
}

/** The article's text model as the DOM is now (empty when no article was found). */
export function articleText(article: DetectedArticle): TextModel {
  return article.root ? collectText([article.root], { skip: article.skip }) : { text: '', segments: [], blocks: [] };
}
