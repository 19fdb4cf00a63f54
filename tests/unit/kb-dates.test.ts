import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../src/kb/card-facts';
import { entriesOf } from './helpers';

const entries = entriesOf();
const all = [...entries.values()];
const name = (id: string) => entries.get(id)?.label.en ?? null;
const SEED_DAY = '2022-04-06';
const TODAY = '2026-11-27';

/** Entries whose status changed between the seed article's date and today, with what each date must say. */
const CHANGED: [id: string, onSeedDay: RegExp, sinceThen: RegExp, today: RegExp][] = [
  [
    'jens-stoltenberg',
    /Secretary General of NATO since 1 October 2014/,
    /until 1 October 2024, succeeded by Mark Rutte/,
    /Finance/,
  ],
  [
    'mark-rutte',
    /Prime Minister of the Netherlands/,
    /Secretary General of NATO/,
    /Secretary General of NATO since 1 October 2024/,
  ],
  ['joe-biden', /President of the United States since 20 January 2021/, /until 20 January 2025/, /Formerly President/],
  [
    'donald-trump',
    /Formerly President of the United States/,
    /Since 20 January 2025: President/,
    /President of the United States since 20 January 2025/,
  ],
  ['olaf-scholz', /Chancellor of Germany since/, /succeeded by Friedrich Merz/, /Formerly Chancellor/],
  ['boris-johnson', /Prime Minister of the United Kingdom since/, /until 6 September 2022/, /Formerly Prime Minister/],
  ['josep-borrell', /High Representative/, /succeeded by Kaja Kallas/, /Formerly High Representative/],
  [
    'charles-michel',
    /President of the European Council/,
    /succeeded by António Costa/,
    /Formerly President of the European Council/,
  ],
  ['dmytro-kuleba', /Minister of Foreign Affairs of Ukraine/, /until 5 September 2024/, /Formerly Minister of Foreign Affairs/],
  ['valerii-zaluzhnyi', /Commander-in-Chief/, /succeeded by Oleksandr Syrskyi/, /Ambassador of Ukraine to the United Kingdom/],
  ['sergei-shoigu', /Minister of Defence of Russia/, /Security Council/, /Secretary of the Security Council/],
  ['yevgeny-prigozhin', /Wagner/, /Died 23 August 2023/, /Formerly/],
  ['kaja-kallas', /Prime Minister of Estonia/, /High Representative/, /High Representative/],
];

describe('cards as of the seed article date and as of today', () => {
  it.each(CHANGED)('%s', (id, onSeedDay, sinceThen, today) => {
    const entry = entries.get(id);
    expect(entry, id).toBeDefined();
    const then = cardFacts(entry!, SEED_DAY, TODAY, 'en', name);
    expect(then.atDate.join(' | ')).toMatch(onSeedDay);
    expect(then.sinceThen.join(' | ')).toMatch(sinceThen);
    expect(cardFacts(entry!, null, TODAY, 'en', name).atDate.join(' | ')).toMatch(today);
  });

  it('writes the same facts in Dutch for a Dutch article', () => {
    const then = cardFacts(entries.get('jens-stoltenberg')!, SEED_DAY, TODAY, 'nl', (id) => entries.get(id)?.label.nl ?? null);
    expect(then.atDate[0]).toBe('Secretaris-generaal van de NAVO sinds 1 oktober 2014');
    expect(then.sinceThen[0]).toBe('In functie tot 1 oktober 2024, opgevolgd door Mark Rutte');
  });
});

describe('the knowledge base', () => {
  it('gives every entry a source and every person dated roles', () => {
    for (const e of all) {
      const sources = Object.keys(e.sources.wikipedia ?? {}).length + (e.sources.official?.length ?? 0);
      expect(sources, e.id).toBeGreaterThan(0);
      if (e.category === 'person')
        expect(
          (e.facts ?? []).some((f) => f.type === 'role' && (f.start || f.end)),
          e.id,
        ).toBe(true);
    }
  });

  it('holds at least 500 entries, 250 people, 150 terms and 100 history entries', () => {
    const count = (c: string) => all.filter((e) => e.category === c).length;
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(count('person')).toBeGreaterThanOrEqual(250);
    expect(count('term')).toBeGreaterThanOrEqual(150);
    expect(count('history')).toBeGreaterThanOrEqual(100);
  });
});
