import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The places of `src/kb/data/ukraine-war-places-2.json` (front-line towns, struck cities, the
 * Azovstal works, Engels air base) through the real knowledge base, in each language; "Engels"
 * alone is a word or a surname, never the air base.
 */
describe('places of the war against Ukraine (ukraine-war-places-2)', () => {
  const r = realRecogniser();
  const ids = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01').map((m) => m[1]);

  it('finds them by the spellings of each language', () => {
    expect(
      ids('De verdedigers van Azovstal; Russische troepen rukten op naar Kostjantynivka; drones op Tsjernihiv.', 'nl'),
    ).toEqual(['azovstal', 'kostiantynivka', 'chernihiv']);
    expect(ids('Kämpfe um Wowtschansk und Sudscha; Drohnen auf den Luftwaffenstützpunkt Engels.', 'de')).toEqual([
      'vovchansk',
      'sudzha',
      'engels-air-base',
    ]);
    expect(ids('Frappes sur Poltava et Kryvy Rih.', 'fr')).toEqual(['poltava', 'kryvyi-rih']);
  });

  it('takes the siege of Mariupol from its own name, and "Engels" alone for no air base', () => {
    expect(ids('Het beleg van Marioepol duurde weken.', 'nl')).toEqual(['siege-of-mariupol']);
    expect(ids('Hij spreekt vloeiend Engels.', 'nl')).toEqual([]);
  });
});
