/**
 * The article's language as a two-letter code: what the markup declares (the `lang` nearest the
 * article, `<html lang>`, og:locale, Content-Language, JSON-LD `inLanguage`), and when it declares
 * nothing, a guess from the text (`language-guess.ts`, franc-min) when the caller supplies it.
 */
import { normaliseLang, type ArticleMetadata } from './metadata';

export type LangSource = 'element' | ArticleMetadata['langSource'] | 'content-language' | 'text';

const contentLanguage = (doc: Document) =>
  normaliseLang(
    // Only the first of a comma-separated list ("nl, en") is the page's own language.
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
  );

/** The language and where it came from; `text` is the article text (null when there is no article). */
export function languageOf(
  doc: Document,
  metadata: ArticleMetadata,
  root: Element | null,
  text: string | null,
  /** Guesses a language from text (franc); absent where that library is not loaded. */
  guess?: (text: string) => string | null,
): { lang: string | null; source: LangSource } {
  const own = root?.closest('[lang]');
  const ownLang = own && own !== doc.documentElement ? normaliseLang(own.getAttribute('lang')) : null;
  if (ownLang) return { lang: ownLang, source: 'element' };
  if (metadata.lang && metadata.langSource !== 'json-ld') return { lang: metadata.lang, source: metadata.langSource };
  const cl = contentLanguage(doc);
  if (cl) return { lang: cl, source: 'content-language' };
  if (metadata.lang) return { lang: metadata.lang, source: metadata.langSource };
  const guessed = text && guess ? guess(text) : null;
  return guessed ? { lang: guessed, source: 'text' } : { lang: null, source: null };
}
