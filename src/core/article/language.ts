/**
 * The article's language as a two-letter code: what the markup declares (the `lang` nearest the
 * article, `<html lang>`, og:locale, Content-Language, JSON-LD `inLanguage`), and when it declares
 * nothing, a guess from the text with franc-min (trigram statistics; ISO 639-3 mapped to 639-1).
 */
import { franc } from 'franc-min';
import { normaliseLang, type ArticleMetadata } from './metadata';

export type LangSource = 'element' | ArticleMetadata['langSource'] | 'content-language' | 'text';

/** ISO 639-3 codes franc-min can answer, mapped to ISO 639-1 (macrolanguages to their two-letter code). */
const ISO_639_1: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ron: 'ro',
  tur: 'tr',
  hun: 'hu',
  ces: 'cs',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  ind: 'id',
  zlm: 'ms',
  jav: 'jv',
  sun: 'su',
  vie: 'vi',
  tgl: 'tl',
  ceb: 'ceb',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  kin: 'rw',
  run: 'rn',
  nya: 'ny',
  lin: 'ln',
  plt: 'mg',
  uzn: 'uz',
  azj: 'az',
  kaz: 'kk',
  ckb: 'ku',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  mai: 'mai',
  bho: 'bho',
  mag: 'mag',
  skr: 'skr',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  ben: 'bn',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  fuv: 'ff',
  qug: 'qu',
  mad: 'mad',
  zyb: 'za',
  hms: 'hms',
  hnj: 'hnj',
  ilo: 'ilo',
  koi: 'kv',
};

/** Characters of text franc looks at: enough for a stable guess, cheap enough for every page. */
const SAMPLE = 1000;

/** Two-letter code guessed from text, or null when the text is too short or franc is unsure. */
export function languageFromText(text: string): string | null {
  const start = Math.max(0, Math.floor((text.length - SAMPLE) / 2));
  const code = franc(text.slice(start, start + SAMPLE), { minLength: 40 });
  return ISO_639_1[code] ?? null;
}

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
): { lang: string | null; source: LangSource } {
  const own = root?.closest('[lang]');
  const ownLang = own && own !== doc.documentElement ? normaliseLang(own.getAttribute('lang')) : null;
  if (ownLang) return { lang: ownLang, source: 'element' };
  if (metadata.lang && metadata.langSource !== 'json-ld') return { lang: metadata.lang, source: metadata.langSource };
  const cl = contentLanguage(doc);
  if (cl) return { lang: cl, source: 'content-language' };
  if (metadata.lang) return { lang: metadata.lang, source: metadata.langSource };
  const guessed = text ? languageFromText(text) : null;
  return guessed ? { lang: guessed, source: 'text' } : { lang: null, source: null };
}
