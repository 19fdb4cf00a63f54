import { describe, expect, it } from 'vitest';
import { atDateHeading, cardFacts } from '../../src/kb/card-facts';
import { entriesOf, MINI_KB } from './helpers';

const entries = entriesOf(MINI_KB);
const nameOf = (id: string) => entries.get(id)?.label.en ?? null;

describe('cards are written for the article date', () => {
  const stoltenberg = entries.get('jens-stoltenberg')!;

  it('gives the role held on that date, then what changed since', () => {
    const facts = cardFacts(stoltenberg, '2022-04-06', '2026-11-27', 'en', nameOf);
    expect(facts.atDate).toEqual(['Secretary General of NATO since 1 October 2014']);
    expect(facts.sinceThen).toEqual(['In office until 1 October 2024, succeeded by Mark Rutte']);
  });

  it('writes Dutch cards in Dutch', () => {
    const facts = cardFacts(stoltenberg, '2022-04-06', '2026-11-27', 'nl', nameOf);
    expect(facts.atDate).toEqual(['Secretaris-generaal van de NAVO sinds 1 oktober 2014']);
    expect(facts.sinceThen[0]).toMatch(/^In functie tot 1 oktober 2024, opgevolgd door Mark Rutte/);
  });

  it('describes a former office when none was held on the date', () => {
    const facts = cardFacts(stoltenberg, '2025-06-01', '2026-11-27', 'en', nameOf);
    expect(facts.atDate).toEqual(['Formerly Secretary General of NATO (1 October 2014 – 1 October 2024)']);
  });

  it('without an article date, describes the entry as of today', () => {
    const rutte = entries.get('mark-rutte')!;
    expect(cardFacts(rutte, null, '2026-11-27', 'en', nameOf).atDate).toEqual(['Secretary General of NATO since 1 October 2024']);
  });
});

describe("a card's date heading says how far the facts reach", () => {
  it('an article dated before the facts were checked gets the plain date', () => {
    expect(atDateHeading('2022-04-06', '2026-11-27', '2025-06', 'en')).toBe('On 6 April 2022');
    expect(atDateHeading('2022-04-06', '2026-11-27', '2025-06', 'nl')).toBe('Op 6 april 2022');
  });

  it('an article dated after them says the facts stop earlier: an office may have ended since', () => {
    expect(atDateHeading('2026-03-12', '2026-11-27', '2025-06', 'en')).toBe('On 12 March 2026 (known up to June 2025)');
    expect(atDateHeading('2026-03-12', '2026-11-27', '2025-06', 'nl')).toBe('Op 12 maart 2026 (bekend tot juni 2025)');
    expect(atDateHeading('2026-03-12', '2026-11-27', '2025-06', 'de')).toBe('Am 12. März 2026 (bekannt bis Juni 2025)');
  });

  it('without an article date, a card read after the facts were checked says how far they reach', () => {
    expect(atDateHeading(null, '2026-11-27', '2025-06', 'en')).toBe('Known up to June 2025');
    expect(atDateHeading(null, '2025-06-20', '2025-06', 'en')).toBeNull();
    // An entry with no review date (a person the knowledge base does not know) gets none.
    expect(atDateHeading('2026-03-12', '2026-11-27', '', 'en')).toBe('On 12 March 2026');
  });
});
