/**
 * Article detection with everything loaded (Readability, franc): what Node code (the `explain`
 * CLI, evaluations, tests) calls. The content script calls `detectArticleWith` from
 * `detect-core.ts` and loads `heavy.ts` only for pages that need it.
 */
import { detectArticleWith, type DetectedArticle } from './detect-core';
import { HEAVY } from './heavy';

export { articleText, type DetectedArticle } from './detect-core';

export function detectArticle(doc: Document, url?: string): DetectedArticle {
  return detectArticleWith(doc, url, HEAVY) as DetectedArticle;
}
