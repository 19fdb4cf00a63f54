/**
 * Normalisers for the Wikipedia REST summary, the search API and Wikidata entities. Remote data
 * is untrusted: every field is checked, anything unexpected becomes null or is left out.
 */
import type { WikiPosition, WikiSummary, WikidataPerson } from './types';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** REST `page/summary` -> WikiSummary; null for disambiguation pages and unusable answers. */
export function parseSummary(data: unknown, lang: string): WikiSummary | 'disambiguation' | null {
  const d = obj(data);
  if (!d) return null;
  if (d.type === 'disambiguation') return 'disambiguation';
  const title = str(d.title);
  const extract = str(d.extract) ?? str(d.description);
  const page = str(obj(obj(d.content_urls)?.desktop)?.page);
  if (!title || !extract) return null;
  const thumb = str(obj(d.thumbnail)?.source);
  return {
    title,
    description: str(d.description),
    extract,
    thumbnail: thumb && /^https:\/\//.test(thumb) ? thumb : null,
    url:
      page && /^https?:\/\//.test(page)
        ? page
        : `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`,
    lang,
    wikidata: str(d.wikibase_item),
  };
}

/** Action API `list=search` -> titles, best first. */
export function parseSearch(data: unknown): string[] | null {
  const list = obj(obj(data)?.query)?.search;
  if (!Array.isArray(list)) return null;
  return list.map((r) => str(obj(r)?.title)).filter((t): t is string => t !== null);
}

/** Wikidata time value ("+2014-10-01T00:00:00Z", precision 9/10/11) -> partial date. */
export function wikidataDate(value: unknown): string | undefined {
  const v = obj(value);
  const m = /^\+(\d{4})-(\d{2})-(\d{2})T/.exec(str(v?.time) ?? '');
  if (!m) return undefined;
  const precision = typeof v?.precision === 'number' ? v.precision : 9;
  if (precision >= 11) return `${m[1]}-${m[2]}-${m[3]}`;
  if (precision === 10) return `${m[1]}-${m[2]}`;
  if (precision === 9) return m[1];
  return undefined;
}

const claimValues = (claims: Obj | null, property: string): Obj[] =>
  Array.isArray(claims?.[property]) ? (claims![property] as unknown[]).map(obj).filter((c): c is Obj => c !== null) : [];

const mainValue = (claim: Obj): unknown => obj(obj(claim.mainsnak)?.datavalue)?.value;

/** `wbgetentities` for one person -> dates and position ids (labels resolved separately). */
export function parsePerson(
  data: unknown,
  id: string,
  lang: string,
): { person: Omit<WikidataPerson, 'positions'>; positions: { item: string; start?: string; end?: string }[] } | null {
  const entity = obj(obj(obj(data)?.entities)?.[id]);
  if (!entity) return null;
  const claims = obj(entity.claims);
  const descriptions = obj(entity.descriptions);
  const description = str(obj(descriptions?.[lang])?.value) ?? str(obj(descriptions?.en)?.value);
  const born = wikidataDate(mainValue(claimValues(claims, 'P569')[0] ?? {}));
  const died = wikidataDate(mainValue(claimValues(claims, 'P570')[0] ?? {}));
  const positions = claimValues(claims, 'P39').flatMap((c) => {
    const item = str(obj(mainValue(c))?.id);
    if (!item || !/^Q\d+$/.test(item)) return [];
    const q = obj(c.qualifiers);
    const qual = (p: string) => wikidataDate(obj(obj(Array.isArray(q?.[p]) ? (q![p] as unknown[])[0] : null)?.datavalue)?.value);
    return [{ item, start: qual('P580'), end: qual('P582') }];
  });
  return { person: { id, description, ...(born ? { born } : {}), ...(died ? { died } : {}) }, positions };
}

/** `wbgetentities&props=labels` -> id -> label in `lang` (or English). */
export function parseLabels(data: unknown, lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const entities = obj(obj(data)?.entities);
  for (const [id, e] of Object.entries(entities ?? {})) {
    const labels = obj(obj(e)?.labels);
    const label = str(obj(labels?.[lang])?.value) ?? str(obj(labels?.en)?.value);
    if (label) out.set(id, label);
  }
  return out;
}

export function withLabels(
  positions: { item: string; start?: string; end?: string }[],
  labels: Map<string, string>,
): WikiPosition[] {
  return positions.flatMap((p) => {
    const label = labels.get(p.item);
    return label ? [{ label, ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}) }] : [];
  });
}
