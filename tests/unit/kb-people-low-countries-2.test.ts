import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The Dutch and Belgian politicians of `people-netherlands-2.json` and `people-belgium-2.json`
 * through the real knowledge base: found in full, then by surname with its particle; a surname
 * that is also a Dutch or French word ("tuinman", "kamp", "jambon") only after the full name.
 */
describe('Dutch and Belgian politicians (people-netherlands-2, people-belgium-2)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'person');

  it('finds them in full and links the bare surname back, particles included', () => {
    expect(people('Caroline van der Plas en Henri Bontenbal debatteerden. Van der Plas won, Bontenbal niet.', 'nl')).toEqual([
      ['Caroline van der Plas', 'caroline-van-der-plas'],
      ['Henri Bontenbal', 'henri-bontenbal'],
      ['Van der Plas', 'caroline-van-der-plas'],
      ['Bontenbal', 'henri-bontenbal'],
    ]);
    expect(people('Matthias Diependaele en Jan Jambon spraken. Jambon zweeg.', 'nl')).toEqual([
      ['Matthias Diependaele', 'matthias-diependaele'],
      ['Jan Jambon', 'jan-jambon'],
      ['Jambon', 'jan-jambon'],
    ]);
  });

  it('leaves a surname that is an everyday word alone before the full name', () => {
    expect(people('De tuinman werkte in het kamp. Un sandwich au jambon.', 'nl')).toEqual([]);
    expect(people('Kamp en Tuinman zwegen.', 'nl')).toEqual([]);
  });

  it('finds German politicians of people-germany-2, and "Reiche" as an adjective for no one', () => {
    expect(
      people(
        'Marie-Agnes Strack-Zimmermann kritisierte Jens Spahn. Strack-Zimmermann sagte, Spahn irre. Reiche Länder zahlen.',
        'de',
      ),
    ).toEqual([
      ['Marie-Agnes Strack-Zimmermann', 'marie-agnes-strack-zimmermann'],
      ['Jens Spahn', 'jens-spahn'],
      ['Strack-Zimmermann', 'marie-agnes-strack-zimmermann'],
      ['Spahn', 'jens-spahn'],
    ]);
  });
});
