/**
 * Page metadata an article declares about itself: schema.org JSON-LD, Open Graph and
 * `<html lang>`. Pure: reads the Document it is handed, never the network.
 */
import { publicationDate } from './published-date';

export interface ArticleMetadata {
  /** True when JSON-LD or Open Graph says this page is an article. */
  declaresArticle: boolean;
  title: string | null;
  /** ISO date-time as the page gives it, a YYYY-MM-DD day read from a date written for people, or null (`published-date.ts`). */
  published: string | null;
  publishedSource: 'json-ld' | 'meta' | 'time' | 'url' | 'byline' | null;
  /** Two-letter language code, or null. */
  lang: string | null;
  langSource: 'html' | 'og' | 'json-ld' | null;
  /** `articleBody` from JSON-LD, when present (used to confirm the body element). */
  articleBody: string | null;
}

/** schema.org Article and its subtypes (NewsArticle, OpinionNewsArticle, TechArticle, BlogPosting, ...). */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

type Json = Record<string, unknown>;

/** Every JSON-LD object on the page, flattening arrays and `@graph`. Bad JSON is skipped. */
export function jsonLdObjects(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      found.push(v as Json);
      const graph = (v as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some sites wrap the JSON in a CDATA section.
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // Broken JSON-LD is common on real sites; the other signals still apply.
    }
  }
  return found;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * The content of the first `<meta>` whose property, name or itemprop is `key`, from the page's
 * meta elements gathered once: a `querySelector` that finds nothing walks the whole document, and
 * asking it for each of a dozen keys cost ~9 ms on a page of 20,000 elements (issue #8).
 */
const meta = (metas: Element[], key: string): string | null => {
  const el = metas.find(
    (m) => m.getAttribute('property') === key || m.getAttribute('name') === key || m.getAttribute('itemprop') === key,
  );
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
};

/** "nl-BE" / "nl_BE" / "NL" -> "nl"; anything else -> null. */
export function normaliseLang(v: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_].*)?$/i.exec((v ?? '').trim());
  const code = m ? m[1]!.toLowerCase() : null;
  // "und", "mul", "zxx": undetermined, multiple, no linguistic content.
  return code && !['und', 'mul', 'zxx'].includes(code) ? code : null;
}

/** Meta tags that carry the publication date, most specific first. */
const META_DATES = [
  'article:published_time',
  'datePublished',
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.created',
  'DC.date.issued',
  'pubdate',
  'publish-date',
  'date',
];

/** Elements whose text is the publication date as shown to readers. */
// Not any "published" class: Wikipedia's infobox marks a firm's founding date "published".
const BYLINE_DATES =
  '[class*="publish-date"], [class*="published-date"], [class*="date-published"], [class*="publishdate"], [class*="pubdate"], [class*="pub-date"], [itemprop="datePublished"], [class*="dateline"]';

const URL_DATE = /\/(20\d\d|19\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|[^\d]|$)/;

/** `itemtype="https://schema.org/NewsArticle"` and friends (microdata instead of JSON-LD). */
function microdataArticle(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll('[itemtype*="schema.org/"]'))) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop() ?? '';
    if (ARTICLE_TYPES.test(type)) return true;
  }
  return false;
}

export function readMetadata(doc: Document, url?: string): ArticleMetadata {
  const ld = jsonLdObjects(doc).filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const first = ld[0];
  const metas = Array.from(doc.getElementsByTagName('meta'));
  const ogType = meta(metas, 'og:type');
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

  let published: string | null = null;
  let publishedSource: ArticleMetadata['publishedSource'] = null;
  // Cheapest and most reliable source first; the others are only looked at when it gives nothing.
  // Every source may hold a placeholder ("0001-01-01") or a date written for people ("19 Nov
  // 2019 07:09 GMT"): `publicationDate` reads it, and an unreadable one leaves the next source to answer.
  const ldDates = () => ld.flatMap((o) => [str(o.datePublished), str(o.dateCreated)]);
  const metaDates = () => META_DATES.map((k) => meta(metas, k));
  // A `<time>`'s datetime attribute, else its text ("<time class="pub-date">November 18, 2019</time>").
  const timeDates = () =>
    Array.from(doc.querySelectorAll('article time, time[pubdate], time[itemprop], time[datetime]'), (t) => [
      t.getAttribute('datetime'),
      t.textContent,
    ]).flat();
  const urlDate = () => {
    const m = url ? URL_DATE.exec(url) : null;
    return [m ? `${m[1]}-${m[2]}-${m[3]}` : null];
  };
  // Last, the line a reader sees ("Published 11:34 PM EST Nov 19, 2019" in a `.publish-date`).
  const bylineDates = () =>
    Array.from(doc.querySelectorAll(BYLINE_DATES), (e) => e.textContent)
      .slice(0, 5)
      .filter((t) => t && t.length < 120);
  for (const [source, get] of [
    ['json-ld', ldDates],
    ['meta', metaDates],
    ['time', timeDates],
    ['url', urlDate],
    ['byline', bylineDates],
  ] as const) {
    for (const raw of get()) {
      const v = raw ? publicationDate(raw) : null;
      if (v) {
        [published, publishedSource] = [v, source];
        break;
      }
    }
    if (published) break;
  }

  let lang: string | null = null;
  let langSource: ArticleMetadata['langSource'] = null;
  const htmlLang = normaliseLang(doc.documentElement.getAttribute('lang'));
  const ogLang = normaliseLang(meta(metas, 'og:locale'));
  const ldLang = normaliseLang(str(first?.inLanguage));
  if (htmlLang) [lang, langSource] = [htmlLang, 'html'];
  else if (ogLang) [lang, langSource] = [ogLang, 'og'];
  else if (ldLang) [lang, langSource] = [ldLang, 'json-ld'];

  const title = str(first?.headline) ?? meta(metas, 'og:title') ?? (doc.title.trim() || null);
  return {
    declaresArticle: ld.length > 0 || ogType?.toLowerCase() === 'article' || microdataArticle(doc),
    title,
    published,
    publishedSource,
    lang,
    langSource,
    articleBody: ld.map((o) => str(o.articleBody)).find(Boolean) ?? null,
  };
}
