import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

// The people of src/kb/data/people-security-2025.json, through the real knowledge base.
const r = realRecogniser();
const people = (text: string, lang: string, date = '2025-06-01') => mentionIds(r, text, lang, date, 'person');

describe('people-security-2025: Dutch, Russian and Pakistani figures', () => {
  it('finds Rob Jetten by full name and by surname, in Dutch and English', () => {
    expect(
      people('D66-leider Rob Jetten wil meer geld voor Defensie. Jetten zei dat de NAVO-norm gehaald moet worden.', 'nl'),
    ).toEqual([
      ['Rob Jetten', 'rob-jetten'],
      ['Jetten', 'rob-jetten'],
    ]);
    expect(
      people('Minister Rob Jetten presented the climate plan. Jetten said gas extraction would end.', 'en', '2023-05-01'),
    ).toEqual([
      ['Rob Jetten', 'rob-jetten'],
      ['Jetten', 'rob-jetten'],
    ]);
    // The Dutch verb "jetten" (to jet) is written in lower case and is not the politician.
    expect(people('We jetten morgen naar Parijs.', 'nl')).toEqual([]);
  });

  it('finds Kirill Dmitriev in Dutch, English and German spelling', () => {
    expect(
      people(
        'Poetins gezant Kirill Dmitriev sprak in Washington met Steve Witkoff. Dmitriev noemde het gesprek constructief.',
        'nl',
        '2025-04-03',
      ),
    ).toEqual([
      ['Poetins', 'vladimir-putin'],
      ['Kirill Dmitriev', 'kirill-dmitriev'],
      ['Steve Witkoff', 'steve-witkoff'],
      ['Dmitriev', 'kirill-dmitriev'],
    ]);
    expect(
      people(
        'Kirill Dmitriev, head of the Russian Direct Investment Fund, met Steve Witkoff. Dmitriev said sanctions should be lifted.',
        'en',
        '2025-04-03',
      ),
    ).toEqual([
      ['Kirill Dmitriev', 'kirill-dmitriev'],
      ['Steve Witkoff', 'steve-witkoff'],
      ['Dmitriev', 'kirill-dmitriev'],
    ]);
    expect(
      people('Der Kreml-Gesandte Kirill Dmitrijew traf Witkoff. Dmitrijew sprach von Fortschritten.', 'de', '2025-04-03'),
    ).toEqual([
      ['Kirill Dmitrijew', 'kirill-dmitriev'],
      ['Witkoff', 'steve-witkoff'],
      ['Dmitrijew', 'kirill-dmitriev'],
    ]);
  });

  it('finds Asim Munir, but not another Munir', () => {
    expect(
      people('Field Marshal Asim Munir met President Trump at the White House. Munir thanked him.', 'en', '2025-06-19'),
    ).toEqual([
      ['Asim Munir', 'asim-munir'],
      ['Trump', 'donald-trump'],
      ['Munir', 'asim-munir'],
    ]);
    expect(people('De Pakistaanse legerchef Asim Munir werd bevorderd tot veldmaarschalk.', 'nl', '2025-05-21')).toEqual([
      ['Asim Munir', 'asim-munir'],
    ]);
    // Munir as a given name is someone else.
    expect(people('Munir Said Thalib was an Indonesian human rights activist.', 'en').map(([, id]) => id)).toEqual([null]);
  });
});

describe('people-security-2025: Estonian and Nordic ministers', () => {
  it('finds Tsahkna and Pevkur', () => {
    expect(
      people(
        'De Estse minister van Buitenlandse Zaken Margus Tsahkna en minister van Defensie Hanno Pevkur bezochten Kyiv. Tsahkna en Pevkur pleitten voor meer steun.',
        'nl',
        '2025-03-01',
      ),
    ).toEqual([
      ['Margus Tsahkna', 'margus-tsahkna'],
      ['Hanno Pevkur', 'hanno-pevkur'],
      ['Tsahkna', 'margus-tsahkna'],
      ['Pevkur', 'hanno-pevkur'],
    ]);
    expect(people('Estonian Foreign Minister Margus Tsahkna said Europe must act. Pevkur agreed.', 'en', '2025-03-01')).toEqual([
      ['Margus Tsahkna', 'margus-tsahkna'],
      ['Pevkur', 'hanno-pevkur'],
    ]);
  });

  it('finds Troels Lund Poulsen by full name and by "Lund Poulsen"', () => {
    expect(
      people(
        'Danish Defence Minister Troels Lund Poulsen announced new F-35 purchases. Lund Poulsen said Greenland would get more ships.',
        'en',
        '2025-03-01',
      ),
    ).toEqual([
      ['Troels Lund Poulsen', 'troels-lund-poulsen'],
      ['Lund Poulsen', 'troels-lund-poulsen'],
    ]);
    expect(people('De Deense minister van Defensie Troels Lund Poulsen sprak over Groenland.', 'nl', '2025-03-01')).toEqual([
      ['Troels Lund Poulsen', 'troels-lund-poulsen'],
    ]);
  });

  it('finds Tore O. Sandvik, but the company Sandvik alone is no one', () => {
    expect(
      people(
        'Norway’s defence minister Tore O. Sandvik said Norway would buy new frigates. Sandvik added that the UK was chosen.',
        'en',
      ),
    ).toEqual([
      ['Tore O. Sandvik', 'tore-o-sandvik'],
      ['Sandvik', 'tore-o-sandvik'],
    ]);
    expect(people('Sandvik reported higher quarterly profits.', 'en')).toEqual([]);
  });
});

describe('people-security-2025: American officials', () => {
  it('finds Jared Kushner, but not his father Charles Kushner', () => {
    expect(people('Jared Kushner and Steve Witkoff travelled to the region. Kushner is Trump’s son-in-law.', 'en')).toEqual([
      ['Jared Kushner', 'jared-kushner'],
      ['Steve Witkoff', 'steve-witkoff'],
      ['Kushner', 'jared-kushner'],
      ['Trump', 'donald-trump'],
    ]);
    expect(people('Charles Kushner is the US ambassador to France.', 'en').map(([, id]) => id)).toEqual([null]);
  });

  it('finds Kash Patel, but not Priti Patel', () => {
    expect(
      people(
        'FBI Director Kash Patel said the bureau would investigate. Patel added that arrests were made.',
        'en',
        '2025-03-01',
      ),
    ).toEqual([
      ['Kash Patel', 'kash-patel'],
      ['Patel', 'kash-patel'],
    ]);
    expect(people('Priti Patel was Home Secretary from 2019 to 2022.', 'en', '2021-01-01').map(([, id]) => id)).toEqual([null]);
  });

  it('finds Matthew Whitaker as Matt Whitaker too, but not Forest Whitaker', () => {
    expect(
      people(
        'De Amerikaanse NAVO-ambassadeur Matthew Whitaker zei dat Europa meer moet betalen. Whitaker is oud-minister van Justitie.',
        'nl',
        '2025-05-01',
      ),
    ).toEqual([
      ['Matthew Whitaker', 'matthew-whitaker'],
      ['Whitaker', 'matthew-whitaker'],
    ]);
    expect(people('Matt Whitaker, the US ambassador to NATO, spoke in Brussels.', 'en', '2025-05-01')).toEqual([
      ['Matt Whitaker', 'matthew-whitaker'],
    ]);
    expect(people('Forest Whitaker won an Oscar.', 'en')).toEqual([]);
  });
});

describe('people-security-2025: British, French, German and Chinese figures', () => {
  it('finds Yvette Cooper, but not another Cooper', () => {
    expect(
      people(
        'Home Secretary Yvette Cooper announced new powers for the police. Cooper said MI5 would be involved.',
        'en',
        '2025-03-01',
      ),
    ).toEqual([
      ['Yvette Cooper', 'yvette-cooper'],
      ['Cooper', 'yvette-cooper'],
    ]);
    expect(people('Bradley Cooper starred in the film.', 'en').map(([, id]) => id)).toEqual([null]);
  });

  it('finds Pierre Vandier and Thierry Burkhard in French', () => {
    expect(
      people(
        'L’amiral Pierre Vandier, commandant suprême allié Transformation de l’OTAN, était à Paris. Vandier a insisté sur l’innovation.',
        'fr',
        '2025-02-01',
      ),
    ).toEqual([
      ['Pierre Vandier', 'pierre-vandier'],
      ['Vandier', 'pierre-vandier'],
    ]);
    expect(
      people(
        'Le général Thierry Burkhard, chef d’état-major des armées, a mis en garde contre la Russie. Burkhard a ajouté que la France devait se préparer.',
        'fr',
        '2025-03-01',
      ),
    ).toEqual([
      ['Thierry Burkhard', 'thierry-burkhard'],
      ['Burkhard', 'thierry-burkhard'],
    ]);
  });

  it('finds Carsten Breuer in German; the given name Burkhard is not the French general', () => {
    expect(
      people(
        'Generalinspekteur Carsten Breuer sagte, die Bundeswehr müsse bis 2029 kriegstüchtig sein. Breuer warnte vor Russland.',
        'de',
        '2025-03-01',
      ),
    ).toEqual([
      ['Carsten Breuer', 'carsten-breuer'],
      ['Breuer', 'carsten-breuer'],
    ]);
    expect(people('Burkhard Jung ist Oberbürgermeister von Leipzig.', 'de')).toEqual([]);
  });

  it('finds Dong Jun, but not the Vietnamese currency', () => {
    expect(
      people('China’s defence minister Dong Jun skipped the Shangri-La Dialogue. Dong sent a lower-level delegation.', 'en'),
    ).toEqual([
      ['Dong Jun', 'dong-jun'],
      ['Dong', 'dong-jun'],
    ]);
    expect(people('De Chinese minister van Defensie Dong Jun sprak met Lloyd Austin.', 'nl', '2024-06-01')).toEqual([
      ['Dong Jun', 'dong-jun'],
      ['Lloyd Austin', 'lloyd-austin'],
    ]);
    expect(people('He paid in Vietnamese dong at the market.', 'en')).toEqual([]);
  });
});
