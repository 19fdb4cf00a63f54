import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Cache } from '../../src/lib/wiki/client';
import { wikidataDate } from '../../src/lib/wiki/parse';
import type { LiveResult } from '../../src/lib/wiki/types';
// @ts-expect-error: a plain .mjs helper shared with the end-to-end tests
import { startWikiMock } from '../support/wiki-mock.mjs';

interface Mock {
  base: { wikipedia: string; wikidata: string };
  log: string[];
  close: () => Promise<void>;
}

let mock: Mock;
beforeAll(async () => {
  mock = await startWikiMock({ hangMs: 6000 });
});
afterAll(() => mock.close());

function memoryCache(): Cache & { store: Map<string, unknown> } {
  const store = new Map<string, unknown>();
  return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
}

// Generous time limits: the machine running the tests may be busy; only 'Slow' should time out.
const client = (cache = memoryCache(), timeoutMs = 5000) =>
  createClient({ base: { ...mock.base, timeoutMs }, fetcher: (u, i) => fetch(u, i), cache });

describe('live look-ups against a local server in the real API formats', () => {
  it('gives a plain-text summary with its page link and Wikidata item', async () => {
    const r = await client().lookup({ lang: 'nl', title: 'Jens Stoltenberg' });
    expect(r.status).toBe('ok');
    const s = (r as Extract<LiveResult, { status: 'ok' }>).summary;
    expect(s.title).toBe('Jens Stoltenberg');
    expect(s.extract).toMatch(/^Jens Stoltenberg is een Noors politicus/);
    expect(s.extract).not.toContain('<');
    expect(s.url).toBe('https://nl.wikipedia.org/wiki/Jens_Stoltenberg');
    expect(s.wikidata).toBe('Q57479');
  });

  it('adds Wikidata offices with their dates for people', async () => {
    const r = (await client().lookup({ lang: 'nl', title: 'Jens Stoltenberg', person: true })) as Extract<
      LiveResult,
      { status: 'ok' }
    >;
    expect(r.person?.born).toBe('1959-03-16');
    expect(r.person?.positions).toEqual([
      { label: 'secretaris-generaal van de NAVO', start: '2014-10-01', end: '2024-10-01' },
      { label: 'Prime Minister of Norway', start: '2005-10', end: '2013' },
    ]);
  });

  it('answers a second time from the cache, and de-duplicates concurrent requests', async () => {
    const cache = memoryCache();
    const c = client(cache);
    const before = mock.log.length;
    await Promise.all([c.lookup({ lang: 'nl', title: 'Jens Stoltenberg' }), c.lookup({ lang: 'nl', title: 'Jens Stoltenberg' })]);
    expect(mock.log.length - before).toBe(1);
    await c.lookup({ lang: 'nl', title: 'Jens Stoltenberg' });
    expect(mock.log.length - before).toBe(1);
  });

  it('ends every failure in a quiet reason, never an exception', async () => {
    const c = client(memoryCache(), 2000);
    expect(await c.lookup({ lang: 'en', title: 'Nothing Here' })).toEqual({ status: 'failed', reason: 'not-found' });
    expect(await c.lookup({ lang: 'en', title: 'Rate Limited' })).toEqual({ status: 'failed', reason: 'rate-limited' });
    expect(await c.lookup({ lang: 'en', title: 'Broken' })).toEqual({ status: 'failed', reason: 'bad-response' });
    expect(await c.lookup({ lang: 'en', title: 'Slow' })).toEqual({ status: 'failed', reason: 'timeout' });
    expect(await c.lookup({ lang: 'en', title: 'Mercury' })).toEqual({ status: 'failed', reason: 'ambiguous' });
    const offline = createClient({
      base: { ...mock.base, wikipedia: 'http://127.0.0.1:9/{lang}', timeoutMs: 500 },
      fetcher: (u, i) => fetch(u, i),
      cache: memoryCache(),
    });
    expect(await offline.lookup({ lang: 'en', title: 'X' })).toEqual({ status: 'failed', reason: 'offline' });
  }, 20_000);

  it('does not cache failures', async () => {
    const cache = memoryCache();
    await client(cache).lookup({ lang: 'en', title: 'Rate Limited' });
    expect(cache.store.size).toBe(0);
  });

  it('searches free text: one clear title opens, several are offered to choose from', async () => {
    const one = await client().lookup({ lang: 'en', query: 'Elina Ribakova' });
    expect(one.status).toBe('failed'); // the search finds the page; this local server has no summary for it
    expect(mock.log.some((l) => l.includes('/page/summary/Elina_Ribakova'))).toBe(true);
    expect(await client().lookup({ lang: 'en', query: 'Johnson' })).toEqual({
      status: 'choose',
      candidates: ['Boris Johnson', 'Lyndon B. Johnson', 'Andrew Johnson'],
    });
    expect(await client().lookup({ lang: 'en', query: 'zzzz' })).toEqual({ status: 'failed', reason: 'not-found' });
  });
});

describe('Wikidata dates', () => {
  it('keep the precision Wikidata gives', () => {
    expect(wikidataDate({ time: '+2014-10-01T00:00:00Z', precision: 11 })).toBe('2014-10-01');
    expect(wikidataDate({ time: '+2005-10-00T00:00:00Z', precision: 10 })).toBe('2005-10');
    expect(wikidataDate({ time: '+2013-00-00T00:00:00Z', precision: 9 })).toBe('2013');
    expect(wikidataDate({ time: '+1800-00-00T00:00:00Z', precision: 7 })).toBeUndefined();
    expect(wikidataDate('garbage')).toBeUndefined();
  });
});
