/**
 * The live look-up client: Wikipedia summaries (in the card's language, falling back to
 * English), search for free text, and Wikidata dates and offices for people. Transport, cache
 * and clock are injected, so it runs in the service worker, in Node tests and in benchmarks alike.
 * It never throws: every path ends in a {@link LiveResult}.
 */
import { fetchJson, type Fetcher, type JsonResult } from './fetch-json';
import { parseLabels, parsePerson, parseSearch, parseSummary, withLabels } from './parse';
import type { ApiBase, LiveResult, WikidataPerson } from './types';

export interface Cache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export interface ClientDeps {
  base: ApiBase;
  fetcher: Fetcher;
  cache: Cache;
  /** Minimum time between two network requests, in ms (politeness towards Wikimedia). */
  minIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface LookupRequest {
  lang: string;
  /** A known Wikipedia title (knowledge-base entries) ... */
  title?: string;
  /** ... or free text to search for (inferred people, looked-up selections). */
  query?: string;
  /** Also fetch Wikidata offices and dates (people). */
  person?: boolean;
}

export function createClient(deps: ClientDeps) {
  const inflight = new Map<string, Promise<JsonResult>>();
  const now = deps.now ?? (() => Date.now());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let nextSlot = 0;

  /** Cached, de-duplicated, rate-limited GET. Failures are not cached (a retry may succeed). */
  async function get(url: string): Promise<JsonResult> {
    const cached = await deps.cache.get(url);
    if (cached !== undefined) return { ok: true, data: cached };
    let pending = inflight.get(url);
    if (!pending) {
      pending = (async () => {
        const wait = nextSlot - now();
        nextSlot = Math.max(now(), nextSlot) + (deps.minIntervalMs ?? 0);
        if (wait > 0) await sleep(wait);
        const result = await fetchJson(url, deps.fetcher, deps.base.timeoutMs);
        if (result.ok) await deps.cache.set(url, result.data);
        return result;
      })().finally(() => inflight.delete(url));
      inflight.set(url, pending);
    }
    return pending;
  }

  const wiki = (lang: string) => deps.base.wikipedia.replace('{lang}', lang);
  const summaryUrl = (lang: string, title: string) =>
    `${wiki(lang)}/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
  const searchUrl = (lang: string, q: string) =>
    `${wiki(lang)}/w/api.php?action=query&list=search&srlimit=5&format=json&origin=*&srsearch=${encodeURIComponent(q)}`;
  const entitiesUrl = (ids: string[], props: string, lang: string) =>
    `${deps.base.wikidata}/w/api.php?action=wbgetentities&format=json&origin=*&props=${props}&languages=${lang}|en&ids=${ids.join('|')}`;

  async function person(id: string, lang: string): Promise<WikidataPerson | undefined> {
    const r = await get(entitiesUrl([id], 'claims|descriptions', lang));
    const parsed = r.ok ? parsePerson(r.data, id, lang) : null;
    if (!parsed) return undefined;
    const ids = [...new Set(parsed.positions.map((p) => p.item))].slice(0, 50);
    const labels = ids.length ? await get(entitiesUrl(ids, 'labels', lang)) : null;
    return { ...parsed.person, positions: withLabels(parsed.positions, labels?.ok ? parseLabels(labels.data, lang) : new Map()) };
  }

  async function summary(lang: string, title: string, withPerson: boolean): Promise<LiveResult> {
    const r = await get(summaryUrl(lang, title));
    if (!r.ok) return { status: 'failed', reason: r.reason };
    const s = parseSummary(r.data, lang);
    if (s === 'disambiguation') return { status: 'failed', reason: 'ambiguous' };
    if (!s) return { status: 'failed', reason: 'bad-response' };
    const p = withPerson && s.wikidata ? await person(s.wikidata, lang) : undefined;
    return { status: 'ok', summary: s, ...(p ? { person: p } : {}) };
  }

  return {
    /** One look-up, as the card asks for it. */
    async lookup(req: LookupRequest): Promise<LiveResult> {
      if (req.title) {
        const first = await summary(req.lang, req.title, Boolean(req.person));
        return first;
      }
      if (!req.query) return { status: 'failed', reason: 'not-found' };
      const r = await get(searchUrl(req.lang, req.query));
      if (!r.ok) return { status: 'failed', reason: r.reason };
      const titles = parseSearch(r.data);
      if (!titles) return { status: 'failed', reason: 'bad-response' };
      if (titles.length === 0) return { status: 'failed', reason: 'not-found' };
      // A clear winner (the title is the query itself) opens at once; otherwise the reader picks.
      const exact = titles.find((t) => t.toLowerCase() === req.query!.trim().toLowerCase());
      if (exact) return summary(req.lang, exact, Boolean(req.person));
      if (titles.length === 1) return summary(req.lang, titles[0]!, Boolean(req.person));
      return { status: 'choose', candidates: titles.slice(0, 5) };
    },
  };
}
