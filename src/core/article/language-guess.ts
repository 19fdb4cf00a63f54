/**
 * Language from the text itself, for pages whose markup does not say: franc-min's trigram
 * statistics, ISO 639-3 mapped to ISO 639-1. Kept apart from `language.ts` because franc's data is
 * large: the content script loads this module only when a page needs it.
 */
import { franc } from 'franc-min';

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
