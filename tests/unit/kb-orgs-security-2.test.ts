import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Think tanks, intelligence services, energy and defence firms and armed groups of
 * `src/kb/data/orgs-security-2.json` through the real knowledge base: acronyms only where they mean
 * the organisation, and one-word names that are also surnames left to the person of that name.
 */
describe('think tanks, services, firms and armed groups (orgs-security-2)', () => {
  const r = realRecogniser();
  const found = (text: string, lang: string) =>
    r.recognise(text, { lang, date: '2025-05-01' }).map((m) => [m.text, m.entityId ?? `(${m.name})`]);
  const orgs = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'org').map(([, id]) => id);

  it('finds them by name and acronym', () => {
    expect(orgs('Volgens het HCSS, het IISS en SIPRI groeien de uitgaven; de SVR en MI5 waarschuwen.', 'nl')).toEqual([
      'hague-centre-for-strategic-studies',
      'international-institute-for-strategic-studies',
      'stockholm-international-peace-research-institute',
      'svr',
      'mi5',
    ]);
    expect(orgs('Die SWP und das Kiel Institute zählen die Hilfe; Naftogaz und Ukrenergo reparieren.', 'de')).toEqual([
      'stiftung-wissenschaft-und-politik',
      'kiel-institute-for-the-world-economy',
      'naftogaz',
      'ukrenergo',
    ]);
  });

  it('leaves acronyms that mean something else in that language alone', () => {
    expect(orgs('The SWP marched in London; the SDF trained in Hokkaido.', 'en')).toEqual([]);
    expect(orgs('Un SDF dormait devant la gare.', 'fr')).toEqual([]);
  });

  it('a one-word name that is the surname of someone named in full is that person ("Pieter Bruegel", "Van Helsing")', () => {
    expect(found('Pieter Bruegel painted the Tower of Babel. Bruegel worked in Antwerp.', 'en')).toEqual([
      ['Pieter Bruegel', '(Pieter Bruegel)'],
      ['Bruegel', '(Pieter Bruegel)'],
      ['Antwerp', 'antwerp'],
    ]);
    expect(found('In the film, Abraham Van Helsing hunts Dracula.', 'en')).toEqual([
      ['Abraham Van Helsing', '(Abraham Van Helsing)'],
    ]);
    // The think tank where the text says what it is.
    expect(orgs('De Brusselse denktank Bruegel zegt dat de sancties werken. Volgens Bruegel kost het meer.', 'nl')).toEqual([
      'bruegel',
      'bruegel',
    ]);
    // Dutch "Van" opening a sentence is "from".
    expect(orgs('Van Helsing kwam geen reactie, zei de drone-fabrikant.', 'nl')).toEqual(['helsing']);
  });
});
