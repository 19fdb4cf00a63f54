import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../src/kb/card-facts';
import { entriesOf, mentionIds, realRecogniser } from './helpers';

// The people of src/kb/data/people-politics.json, through the real knowledge base.
const r = realRecogniser();
const people = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date, 'person');

describe('people-politics: full name first, then the surname alone', () => {
  it('French and German politicians in English news', () => {
    expect(
      people(
        'Marine Le Pen was convicted on Monday. Le Pen said she would appeal, and Jordan Bardella called it a scandal. Bardella later spoke to reporters. Jean-Luc Mélenchon said Mélenchon would not back the motion.',
        'en',
      ),
    ).toEqual([
      ['Marine Le Pen', 'marine-le-pen'],
      ['Le Pen', 'marine-le-pen'],
      ['Jordan Bardella', 'jordan-bardella'],
      ['Bardella', 'jordan-bardella'],
      ['Jean-Luc Mélenchon', 'jean-luc-melenchon'],
      ['Mélenchon', 'jean-luc-melenchon'],
    ]);
    expect(
      people(
        'Robert Habeck and Christian Lindner clashed over the budget. Habeck blamed Lindner. Alice Weidel and Sahra Wagenknecht praised neither; Weidel and Wagenknecht want new elections.',
        'en',
        '2024-10-01',
      ),
    ).toEqual([
      ['Robert Habeck', 'robert-habeck'],
      ['Christian Lindner', 'christian-lindner'],
      ['Habeck', 'robert-habeck'],
      ['Lindner', 'christian-lindner'],
      ['Alice Weidel', 'alice-weidel'],
      ['Sahra Wagenknecht', 'sahra-wagenknecht'],
      ['Weidel', 'alice-weidel'],
      ['Wagenknecht', 'sahra-wagenknecht'],
    ]);
  });

  it('American intelligence chiefs', () => {
    expect(
      people(
        'Tulsi Gabbard and John Ratcliffe briefed senators. Gabbard and Ratcliffe disagreed. William Burns said Burns had warned the Kremlin.',
        'en',
      ),
    ).toEqual([
      ['Tulsi Gabbard', 'tulsi-gabbard'],
      ['John Ratcliffe', 'john-ratcliffe'],
      ['Gabbard', 'tulsi-gabbard'],
      ['Ratcliffe', 'john-ratcliffe'],
      ['William Burns', 'william-j-burns'],
      ['Burns', 'william-j-burns'],
    ]);
    expect(people('Bill Burns travelled to Moscow.', 'en', '2021-11-05')).toEqual([['Bill Burns', 'william-j-burns']]);
  });

  it('Balkan, Central European, Georgian and Kazakh leaders', () => {
    expect(
      people(
        'Aleksandar Vučić met Kassym-Jomart Tokayev. Vučić and Tokayev discussed trade. Bidzina Ivanishvili backs Irakli Kobakhidze; Ivanishvili and Kobakhidze were criticised.',
        'en',
      ),
    ).toEqual([
      ['Aleksandar Vučić', 'aleksandar-vucic'],
      ['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'],
      ['Vučić', 'aleksandar-vucic'],
      ['Tokayev', 'kassym-jomart-tokayev'],
      ['Bidzina Ivanishvili', 'bidzina-ivanishvili'],
      ['Irakli Kobakhidze', 'irakli-kobakhidze'],
      ['Ivanishvili', 'bidzina-ivanishvili'],
      ['Kobakhidze', 'irakli-kobakhidze'],
    ]);
    expect(
      people(
        'Andrej Babiš, Milorad Dodik, Herbert Kickl, Albin Kurti and Peter Pellegrini. Babiš, Dodik, Kickl, Kurti and Pellegrini.',
        'en',
      ),
    ).toEqual([
      ['Andrej Babiš', 'andrej-babis'],
      ['Milorad Dodik', 'milorad-dodik'],
      ['Herbert Kickl', 'herbert-kickl'],
      ['Albin Kurti', 'albin-kurti'],
      ['Peter Pellegrini', 'peter-pellegrini'],
      ['Babiš', 'andrej-babis'],
      ['Dodik', 'milorad-dodik'],
      ['Kickl', 'herbert-kickl'],
      ['Kurti', 'albin-kurti'],
      ['Pellegrini', 'peter-pellegrini'],
    ]);
  });

  it('Dutch, French and German spellings of Russian, Kazakh and Georgian names', () => {
    expect(
      people(
        'De Servische president Aleksandar Vučić sprak met Kassym-Zjomart Tokajev. Vučić en Tokajev. Bidzina Ivanisjvili steunt premier Irakli Kobachidze; Ivanisjvili en Kobachidze.',
        'nl',
      ),
    ).toEqual([
      ['Aleksandar Vučić', 'aleksandar-vucic'],
      ['Kassym-Zjomart Tokajev', 'kassym-jomart-tokayev'],
      ['Vučić', 'aleksandar-vucic'],
      ['Tokajev', 'kassym-jomart-tokayev'],
      ['Bidzina Ivanisjvili', 'bidzina-ivanishvili'],
      ['Irakli Kobachidze', 'irakli-kobakhidze'],
      ['Ivanisjvili', 'bidzina-ivanishvili'],
      ['Kobachidze', 'irakli-kobakhidze'],
    ]);
    expect(
      people('Le président kazakh Kassym-Jomart Tokaïev a reçu des investisseurs. Tokaïev a salué leur venue.', 'fr'),
    ).toEqual([
      ['Kassym-Jomart Tokaïev', 'kassym-jomart-tokayev'],
      ['Tokaïev', 'kassym-jomart-tokayev'],
    ]);
    expect(people('Kassym-Schomart Tokajew traf Irakli Kobachidse. Tokajew und Kobachidse sprachen über Handel.', 'de')).toEqual([
      ['Kassym-Schomart Tokajew', 'kassym-jomart-tokayev'],
      ['Irakli Kobachidse', 'irakli-kobakhidze'],
      ['Tokajew', 'kassym-jomart-tokayev'],
      ['Kobachidse', 'irakli-kobakhidze'],
    ]);
  });
});

describe('people-politics: names that must not be taken for someone else', () => {
  it('keeps Yulia Navalnaya and Alexei Navalny apart, in every language', () => {
    expect(
      people('Yulia Navalnaya said Alexei Navalny was murdered. Navalny died in February; Navalnaya spoke in Munich.', 'en'),
    ).toEqual([
      ['Yulia Navalnaya', 'yulia-navalnaya'],
      ['Alexei Navalny', 'alexei-navalny'],
      ['Navalny', 'alexei-navalny'],
      ['Navalnaya', 'yulia-navalnaya'],
    ]);
    expect(people('Joelia Navalnaja beschuldigt Poetin. Navalnaja leeft in ballingschap.', 'nl')).toEqual([
      ['Joelia Navalnaja', 'yulia-navalnaya'],
      ['Poetin', 'vladimir-putin'],
      ['Navalnaja', 'yulia-navalnaya'],
    ]);
    expect(people('Julija Nawalnaja sprach in München. Alexei Nawalny starb im Februar. Nawalnaja klagt an.', 'de')).toEqual([
      ['Julija Nawalnaja', 'yulia-navalnaya'],
      ['Alexei Nawalny', 'alexei-navalny'],
      ['Nawalnaja', 'yulia-navalnaya'],
    ]);
    expect(people('Ioulia Navalnaïa vit en exil. Navalnaïa accuse le Kremlin.', 'fr')).toEqual([
      ['Ioulia Navalnaïa', 'yulia-navalnaya'],
      ['Navalnaïa', 'yulia-navalnaya'],
    ]);
  });

  it('reads "Le Pen" after Jean-Marie Le Pen as the father, not as Marine Le Pen', () => {
    expect(
      people(
        'Jean-Marie Le Pen, the founder of the National Front, has died. Le Pen reached the run-off in 2002.',
        'en',
        '2025-01-08',
      ),
    ).toEqual([
      ['Jean-Marie Le Pen', 'jean-marie-le-pen'],
      ['Le Pen', 'jean-marie-le-pen'],
    ]);
    expect(people('Jean-Marie Le Pen is overleden. Le Pen richtte het Front National op.', 'nl', '2025-01-08')).toEqual([
      ['Jean-Marie Le Pen', 'jean-marie-le-pen'],
      ['Le Pen', 'jean-marie-le-pen'],
    ]);
  });

  it('does not take "Dan" in Dutch for Nicușor Dan', () => {
    expect(people('En dan ging hij naar huis. Dan zegt hij niets meer.', 'nl')).toEqual([]);
    expect(people('Nicușor Dan won de verkiezingen. En dan ging hij naar Brussel.', 'nl')).toEqual([
      ['Nicușor Dan', 'nicusor-dan'],
    ]);
  });

  it('does not take the given name Michal for Kristen Michal, or Pavel for Petr Pavel', () => {
    const michal = people(
      'Michal Šimečka criticised Fico. Prime Minister Kristen Michal said Michal would go to Brussels.',
      'en',
    );
    expect(michal.filter(([, id]) => id === 'kristen-michal')).toEqual([
      ['Kristen Michal', 'kristen-michal'],
      ['Michal', 'kristen-michal'],
    ]);
    expect(michal[0]).not.toEqual(['Michal Šimečka', 'kristen-michal']);
    expect(people('Pavel Durov was arrested in France.', 'en').map(([, id]) => id)).not.toContain('petr-pavel');
  });

  it('does not read other Burnses, Ratcliffes, Lindners or Pellegrinis as the politicians', () => {
    const ids = (text: string, lang = 'en') => people(text, lang).map(([, id]) => id);
    expect(ids('Sir Jim Ratcliffe said Manchester United would cut staff. Ratcliffe owns Ineos.')).not.toContain(
      'john-ratcliffe',
    );
    expect(ids('Robert Burns wrote poems. Burns night is celebrated in Scotland.')).not.toContain('william-j-burns');
    expect(ids('Tobias Lindner, minister of state at the Foreign Office, said Lindner would travel to Kyiv.')).not.toContain(
      'christian-lindner',
    );
    expect(ids('Federica Pellegrini won gold. Pellegrini retired in 2021.')).not.toContain('peter-pellegrini');
    // Without the full name the bare surname is not trusted.
    expect(ids('Burns said the talks were over.')).toEqual([]);
  });
});

describe('people-politics: an office written as one word before the surname', () => {
  it('"vicepresident Vance", "Finanzminister Lindner": the office they held on the date', () => {
    expect(people('De Amerikaanse vicepresident Vance sprak in München.', 'nl', '2025-02-15')).toEqual([['Vance', 'jd-vance']]);
    expect(people('Finanzminister Lindner lehnte das ab.', 'de', '2024-05-15')).toEqual([['Lindner', 'christian-lindner']]);
    // Not before he held a minister's office.
    expect(people('Finanzminister Lindner lehnte das ab.', 'de', '2019-05-15')).not.toContainEqual([
      'Lindner',
      'christian-lindner',
    ]);
  });
});

describe('people-politics: as of the article date', () => {
  it('"the CIA director" is Burns in 2023 and Ratcliffe in 2025', () => {
    const text = 'William Burns met John Ratcliffe in Washington. The CIA director said Russia was losing.';
    const director = (date: string) => r.recognise(text, { lang: 'en', date }).find((m) => m.text === 'CIA director')?.entityId;
    expect(director('2023-03-01')).toBe('william-j-burns');
    expect(director('2025-03-01')).toBe('john-ratcliffe');
  });

  it('cards say who led the National Rally and the CIA on the date', () => {
    const entries = entriesOf();
    const nameOf = (id: string) => entries.get(id)?.label.en ?? null;
    const card = (id: string, date: string) => cardFacts(entries.get(id)!, date, '2026-11-27', 'en', nameOf);
    expect(card('john-ratcliffe', '2025-03-01').atDate).toEqual([
      'Director of the Central Intelligence Agency since 23 January 2025',
    ]);
    expect(card('william-j-burns', '2025-03-01').atDate).toEqual([
      'Formerly Director of the Central Intelligence Agency (19 March 2021 – 20 January 2025)',
    ]);
    expect(card('jordan-bardella', '2022-03-01').sinceThen).toContain('Since 5 November 2022: President of the National Rally');
    expect(card('marine-le-pen', '2022-03-01').sinceThen).toContain(
      'In office until 5 November 2022, succeeded by Jordan Bardella',
    );
  });
});
