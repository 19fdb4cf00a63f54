import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The Dutch, Belgian, German and French politicians of `people-netherlands-2.json`,
 * `people-belgium-2.json`, `people-germany-2.json` and `people-france-2.json` through the real
 * knowledge base: found in full, then by surname with its particle; a surname that is also a word
 * ("tuinman", "kamp", "jambon", "reiche", "breton") only after the full name.
 */
describe('Dutch, Belgian, German and French politicians', () => {
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

  it('finds French politicians of people-france-2, and a Breton fisherman as no one before the full name', () => {
    expect(people('Bruno Retailleau et Gérald Darmanin ont parlé. Retailleau a insisté. Un pêcheur breton.', 'fr')).toEqual([
      ['Bruno Retailleau', 'bruno-retailleau'],
      ['Gérald Darmanin', 'gerald-darmanin'],
      ['Retailleau', 'bruno-retailleau'],
    ]);
    expect(people('A Breton fisherman spoke to Dati.', 'en')).toEqual([['Dati', 'rachida-dati']]);
  });
});
