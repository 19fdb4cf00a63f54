import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

// Role nouns of defence ministers ("the defence secretary", "de minister van Defensie",
// "der Verteidigungsminister") refer back to the minister named before, on the article's date.
const r = realRecogniser();
const people = (text: string, lang: string, date: string) => mentionIds(r, text, lang, date, 'person');

describe('defence ministers: role nouns after the name', () => {
  it('links the noun to the minister named before, in four languages', () => {
    expect(people('John Healey arrived in Kyiv. The defence secretary promised drones.', 'en', '2025-05-01')).toEqual([
      ['John Healey', 'john-healey'],
      ['defence secretary', 'john-healey'],
    ]);
    expect(
      people('Ruben Brekelmans bezocht de kazerne. Later zei de defensieminister dat de F-35 blijft.', 'nl', '2025-05-01'),
    ).toEqual([
      ['Ruben Brekelmans', 'ruben-brekelmans'],
      ['defensieminister', 'ruben-brekelmans'],
    ]);
    expect(
      people('Boris Pistorius reiste nach Litauen. Der Verteidigungsminister besuchte die Brigade.', 'de', '2025-05-01'),
    ).toEqual([
      ['Boris Pistorius', 'boris-pistorius'],
      ['Verteidigungsminister', 'boris-pistorius'],
    ]);
    expect(people('Florence Parly était à Brest. La ministre des Armées a salué les marins.', 'fr', '2019-05-01')).toEqual([
      ['Florence Parly', 'florence-parly'],
      ['ministre des Armées', 'florence-parly'],
    ]);
  });

  it('the nearest minister who declares the noun, and not one out of that office on the date', () => {
    expect(
      people('Pete Hegseth met John Healey in Brussels. The defence secretary said Britain would do more.', 'en', '2025-05-01'),
    ).toEqual([
      ['Pete Hegseth', 'pete-hegseth'],
      ['John Healey', 'john-healey'],
      ['defence secretary', 'john-healey'],
    ]);
    // In 2024 Lloyd Austin, not Hegseth, was defense secretary.
    expect(people('Pete Hegseth hosted a show. The defense secretary was in Kyiv.', 'en', '2024-05-01')).toEqual([
      ['Pete Hegseth', 'pete-hegseth'],
    ]);
  });

  it("someone holding another minister's office named in between does not take 'de minister van Defensie'", () => {
    // The noun says which ministry: the prime minister named in between is not meant (721b697;
    // before, any minister's office in between left it unmarked).
    expect(
      people(
        'Ruben Brekelmans bezocht de kazerne. Premier Dick Schoof was er ook. De minister van Defensie vertrok.',
        'nl',
        '2025-05-01',
      ),
    ).toEqual([
      ['Ruben Brekelmans', 'ruben-brekelmans'],
      ['Dick Schoof', 'dick-schoof'],
      ['minister van Defensie', 'ruben-brekelmans'],
    ]);
    // "de minister" alone says no ministry: the prime minister named in between could be meant.
    expect(
      people('Ruben Brekelmans bezocht de kazerne. Premier Dick Schoof was er ook. De minister vertrok.', 'nl', '2025-05-01'),
    ).toEqual([
      ['Ruben Brekelmans', 'ruben-brekelmans'],
      ['Dick Schoof', 'dick-schoof'],
    ]);
  });
});

describe('German foreign ministers: role nouns after the name', () => {
  it('"die Außenministerin" is Baerbock, "der Außenminister" Wadephul, after each was named', () => {
    expect(people('Annalena Baerbock reiste nach Kiew; die Außenministerin versprach Hilfe.', 'de', '2024-03-10')).toEqual([
      ['Annalena Baerbock', 'annalena-baerbock'],
      ['Außenministerin', 'annalena-baerbock'],
    ]);
    expect(people('Johann Wadephul reiste nach Kiew. Der Außenminister versprach Hilfe.', 'de', '2025-08-10')).toEqual([
      ['Johann Wadephul', 'johann-wadephul'],
      ['Außenminister', 'johann-wadephul'],
    ]);
  });
});
