import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The organisations of `src/kb/data/institutions-2.json` through the real knowledge base: found by
 * their names and abbreviations in each language; the US parties only by forms no other party
 * shares ("Italy's Democratic Party", "the Free Democrats", "Christian Democrats" are not them).
 */
describe('international and US institutions (institutions-2)', () => {
  const r = realRecogniser();
  const all = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01');

  it('finds them by their names and abbreviations in each language', () => {
    expect(all('Het IMF en de Wereldbank; de ECB en de WHO; de OPCW in Den Haag.', 'nl').map((m) => m[1])).toEqual([
      'international-monetary-fund',
      'world-bank',
      'european-central-bank',
      'world-health-organization',
      'opcw',
      'the-hague',
    ]);
    expect(all("Le FMI, la BCE et l'OMS; le CICR.", 'fr').map((m) => m[1])).toEqual([
      'international-monetary-fund',
      'european-central-bank',
      'world-health-organization',
      'international-committee-of-the-red-cross',
    ]);
    expect(all('Der IWF, die EZB und das IKRK.', 'de').map((m) => m[1])).toEqual([
      'international-monetary-fund',
      'european-central-bank',
      'international-committee-of-the-red-cross',
    ]);
  });

  it('takes "WHO" in capitals for the organisation only where it is not the question word', () => {
    expect(all('The WHO warned of a measles outbreak. Who will pay?', 'en')).toEqual([['WHO', 'world-health-organization']]);
    expect(all('WHO KNEW? Nobody in Washington.', 'en').map((m) => m[1])).not.toContain('world-health-organization');
  });

  it('reads the US parties only from their own forms; other parties named alike are not them', () => {
    expect(all('The GOP controls Congress. De Republikeinen en de Democratische Partij.', 'en').map((m) => m[1])).toEqual([
      'republican-party-us',
      'united-states-congress',
      'republican-party-us',
      'democratic-party-us',
    ]);
    const other = all(
      "Japan's Liberal Democratic Party lost. Italy's Democratic Party won. The Free Democrats left. Christian Democrats gained.",
      'en',
    );
    expect(other.filter((m) => m[1] === 'democratic-party-us' || m[1] === null)).toEqual([]);
  });
});
