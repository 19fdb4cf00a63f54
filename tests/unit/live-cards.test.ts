/** Live look-ups of a page's cards (`src/content/live-cards.ts`), with the background's look-up faked. */
import { describe, expect, it } from 'vitest';
import { liveCards, type LiveRequest } from '../../src/content/live-cards';
import { inferredEntry } from '../../src/content/inferred-entry';
import type { Entry } from '../../src/kb/schema';
import type { LiveResult } from '../../src/lib/wiki/types';

const stoltenberg = {
  id: 'jens-stoltenberg',
  category: 'person',
  label: { nl: 'Jens Stoltenberg', en: 'Jens Stoltenberg' },
  description: {},
  explanation: {},
  sources: { wikipedia: { en: 'Jens Stoltenberg' } },
} as Entry;

const summary = { title: 'X', description: null, extract: 'x', thumbnail: null, url: 'https://x', lang: 'nl', wikidata: null };

function setup(answer: LiveResult, allowed = true) {
  const asked: LiveRequest[] = [];
  let draws = 0;
  const inferred = new Map<string, Entry>([['inferred:Piet Jansen', inferredEntry('inferred:Piet Jansen', 'Piet Jansen', '-')]]);
  const entries = new Map<string, Entry>([['jens-stoltenberg', stoltenberg], ...inferred]);
  const controller = new AbortController();
  const live = liveCards({
    lookup: async (r) => (asked.push(r), answer),
    entryOf: (id) => inferred.get(id) ?? entries.get(id),
    inferred,
    lang: () => 'nl',
    allowed: () => allowed,
    changed: () => void draws++,
    signal: controller.signal,
  });
  return { live, asked, inferred, draws: () => draws, controller };
}

describe('live look-ups for cards', () => {
  it("asks for the entry's own Wikipedia title, in English when the card's language has none, once", async () => {
    const s = setup({ status: 'ok', summary });
    s.live.start('jens-stoltenberg');
    expect(s.live.state('jens-stoltenberg')).toBe('loading');
    s.live.start('jens-stoltenberg');
    await Promise.resolve();
    await Promise.resolve();
    expect(s.asked).toEqual([{ lang: 'en', title: 'Jens Stoltenberg', query: undefined, person: true }]);
    expect(s.live.state('jens-stoltenberg')).toMatchObject({ status: 'ok' });
  });

  it('asks nothing when the reader switched look-ups off, and says so', () => {
    const s = setup({ status: 'ok', summary }, false);
    s.live.start('jens-stoltenberg');
    expect(s.asked).toEqual([]);
    expect(s.live.state('jens-stoltenberg')).toEqual({ status: 'failed', reason: 'disabled' });
  });

  it("searches for a person Gloss did not know, and Wikidata's offices become the card's dated facts", async () => {
    const person = { id: 'Q1', description: 'Nederlands politicus', positions: [{ label: 'burgemeester', start: '2010' }] };
    const s = setup({ status: 'ok', summary, person });
    s.live.start('inferred:Piet Jansen');
    await new Promise((r) => setTimeout(r));
    expect(s.asked[0]).toMatchObject({ query: 'Piet Jansen', person: true });
    expect(s.inferred.get('inferred:Piet Jansen')!.facts).toContainEqual({
      type: 'role',
      role: { nl: 'burgemeester', en: 'burgemeester' },
      start: '2010',
    });
  });

  it('an answer after the session ended changes nothing', async () => {
    const s = setup({ status: 'ok', summary });
    s.live.start('jens-stoltenberg');
    const before = s.draws();
    s.controller.abort();
    await new Promise((r) => setTimeout(r));
    expect(s.draws()).toBe(before);
    expect(s.live.state('jens-stoltenberg')).toBe('loading');
  });
});
