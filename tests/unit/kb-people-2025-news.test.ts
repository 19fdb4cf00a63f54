import { describe, expect, it } from 'vitest';
import { entriesOf, mentionIds, realRecogniser } from './helpers';

// The people of src/kb/data/people-2025-news.json, through the real knowledge base.
const r = realRecogniser();
const people = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date, 'person');
const all = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date);

describe('people-2025-news: Israel Katz is the person, Israel alone the country', () => {
  it('"Foreign Minister Israel Katz": the full name wins over the country', () => {
    expect(all('Foreign Minister Israel Katz said Israel would respond. Katz spoke in Jerusalem.', 'en', '2024-05-01')).toEqual([
      ['Israel Katz', 'israel-katz'],
      ['Israel', 'israel'],
      ['Katz', 'israel-katz'],
      ['Jerusalem', 'jerusalem'],
    ]);
    expect(
      all(
        'Minister van Buitenlandse Zaken Israel Katz zei dat Israël zal reageren. Katz sprak in Jeruzalem.',
        'nl',
        '2024-05-01',
      ),
    ).toEqual([
      ['Israel Katz', 'israel-katz'],
      ['Israël', 'israel'],
      ['Katz', 'israel-katz'],
      ['Jeruzalem', 'jerusalem'],
    ]);
    expect(
      people('Außenminister Israel Katz kündigte an, Israel werde reagieren. Katz sprach in Jerusalem.', 'de', '2024-05-01'),
    ).toEqual([
      ['Israel Katz', 'israel-katz'],
      ['Katz', 'israel-katz'],
    ]);
    expect(
      people(
        "Le ministre des Affaires étrangères Israël Katz a déclaré qu'Israël répondrait. Katz a parlé à Jérusalem.",
        'fr',
        '2024-05-01',
      ),
    ).toEqual([
      ['Israël Katz', 'israel-katz'],
      ['Katz', 'israel-katz'],
    ]);
    expect(people('Israëlisch minister van Defensie Israel Katz dreigt Hezbollah.', 'nl', '2025-01-10')).toEqual([
      ['Israel Katz', 'israel-katz'],
    ]);
  });

  it('Israel alone is still the country, and a bare Katz is nobody in particular', () => {
    expect(all('Israel launched strikes on Lebanon. Israel said the strikes targeted Hezbollah.', 'en', '2024-05-01')).toEqual([
      ['Israel', 'israel'],
      ['Lebanon', 'lebanon'],
      ['Israel', 'israel'],
      ['Hezbollah', 'hezbollah'],
    ]);
    expect(people('Katz said.', 'en')).toEqual([]);
  });
});

describe('people-2025-news: Elon Musk, not the scent', () => {
  it('full name, then the surname', () => {
    expect(people('Elon Musk said Starlink would stay on. Musk later deleted the post.', 'en', '2025-03-01')).toEqual([
      ['Elon Musk', 'elon-musk'],
      ['Musk', 'elon-musk'],
    ]);
    expect(people('Elon Musk zei dat Starlink blijft werken. Musk verwijderde het bericht later.', 'nl', '2025-03-01')).toEqual([
      ['Elon Musk', 'elon-musk'],
      ['Musk', 'elon-musk'],
    ]);
  });

  it('lowercase musk (the perfume) is not Musk, even after his name', () => {
    expect(all('The perfume has notes of musk and amber.', 'en')).toEqual([]);
    expect(people('Elon Musk launched a perfume. It smells of musk and amber.', 'en')).toEqual([['Elon Musk', 'elon-musk']]);
    expect(people('Musk said.', 'en')).toEqual([]);
  });
});

describe('people-2025-news: foreign ministers and UN figures', () => {
  it('Hossein Amir-Abdollahian', () => {
    expect(people('Hossein Amir-Abdollahian warned Israel. Amir-Abdollahian spoke in New York.', 'en', '2024-04-15')).toEqual([
      ['Hossein Amir-Abdollahian', 'hossein-amir-abdollahian'],
      ['Amir-Abdollahian', 'hossein-amir-abdollahian'],
    ]);
    expect(
      people(
        'De Iraanse minister Hossein Amir-Abdollahian waarschuwde Israël. Amir-Abdollahian sprak in New York.',
        'nl',
        '2024-04-15',
      ),
    ).toEqual([
      ['Hossein Amir-Abdollahian', 'hossein-amir-abdollahian'],
      ['Amir-Abdollahian', 'hossein-amir-abdollahian'],
    ]);
    expect(
      people('Hossein Amir-Abdollahian starb beim Absturz. Amirabdollahian war seit 2021 Außenminister.', 'de', '2024-05-20'),
    ).toEqual([
      ['Hossein Amir-Abdollahian', 'hossein-amir-abdollahian'],
      ['Amirabdollahian', 'hossein-amir-abdollahian'],
    ]);
  });

  it('António Guterres, also written without the accent', () => {
    expect(
      all(
        'UN-Generalsekretär António Guterres verurteilte den Angriff. Guterres sprach von einem Bruch des Völkerrechts.',
        'de',
        '2024-05-01',
      ),
    ).toEqual([
      ['UN', 'united-nations'],
      ['António Guterres', 'antonio-guterres'],
      ['Guterres', 'antonio-guterres'],
    ]);
    expect(
      people(
        'VN-chef António Guterres veroordeelde de aanval. Guterres sprak van een schending van het internationaal recht.',
        'nl',
      ),
    ).toEqual([
      ['António Guterres', 'antonio-guterres'],
      ['Guterres', 'antonio-guterres'],
    ]);
    expect(people('UN Secretary-General Antonio Guterres condemned the attack. Guterres called for a ceasefire.', 'en')).toEqual([
      ['Antonio Guterres', 'antonio-guterres'],
      ['Guterres', 'antonio-guterres'],
    ]);
    expect(
      people(
        "Le secrétaire général de l'ONU, António Guterres, a appelé à un cessez-le-feu. Guterres a été déclaré persona non grata.",
        'fr',
        '2024-10-03',
      ),
    ).toEqual([
      ['António Guterres', 'antonio-guterres'],
      ['Guterres', 'antonio-guterres'],
    ]);
  });

  it('Nawaf Salam, but not the greeting nor Tammam Salam', () => {
    expect(people('Nawaf Salam formed a government in Beirut. Salam promised reforms.', 'en', '2025-03-01')).toEqual([
      ['Nawaf Salam', 'nawaf-salam'],
      ['Salam', 'nawaf-salam'],
    ]);
    expect(
      people('De Libanese premier Nawaf Salam vormde een regering. Salam beloofde hervormingen.', 'nl', '2025-03-01'),
    ).toEqual([
      ['Nawaf Salam', 'nawaf-salam'],
      ['Salam', 'nawaf-salam'],
    ]);
    expect(all('He greeted the crowd with "Salam" and smiled.', 'en')).toEqual([]);
    expect(all('Hij begroette de menigte met een luid Salam en glimlachte.', 'nl')).toEqual([]);
    // Another Salam is found as a person the knowledge base does not know ("Salam said" is the evidence).
    expect(people('Tammam Salam spoke to reporters. Salam said nothing new.', 'en')).toEqual([
      ['Tammam Salam', null],
      ['Salam', null],
    ]);
    expect(people('Former prime minister Tammam Salam met Nawaf Salam in Beirut.', 'en')).toEqual([
      ['Tammam Salam', null],
      ['Nawaf Salam', 'nawaf-salam'],
    ]);
  });
});

describe('people-2025-news: Dutch defence ministers', () => {
  it('Jeanine Hennis-Plasschaert and Ank Bijleveld', () => {
    expect(
      people('Minister Jeanine Hennis-Plasschaert trad af. Hennis-Plasschaert nam de verantwoordelijkheid.', 'nl', '2017-10-03'),
    ).toEqual([
      ['Jeanine Hennis-Plasschaert', 'jeanine-hennis-plasschaert'],
      ['Hennis-Plasschaert', 'jeanine-hennis-plasschaert'],
    ]);
    expect(people('Jeanine Hennis-Plasschaert, the UN envoy for Lebanon, met Nawaf Salam.', 'en', '2025-03-01')).toEqual([
      ['Jeanine Hennis-Plasschaert', 'jeanine-hennis-plasschaert'],
      ['Nawaf Salam', 'nawaf-salam'],
    ]);
    expect(
      people('Minister Ank Bijleveld van Defensie trad af. Bijleveld nam de verantwoordelijkheid.', 'nl', '2021-09-17'),
    ).toEqual([
      ['Ank Bijleveld', 'ank-bijleveld'],
      ['Bijleveld', 'ank-bijleveld'],
    ]);
    expect(people('Defence minister Ank Bijleveld resigned. Bijleveld accepted responsibility.', 'en', '2021-09-17')).toEqual([
      ['Ank Bijleveld', 'ank-bijleveld'],
      ['Bijleveld', 'ank-bijleveld'],
    ]);
  });

  it('another Bijleveld is not the minister', () => {
    expect(
      people('Criminologe Catrien Bijleveld presenteerde het rapport. Bijleveld is hoogleraar.', 'nl', '2021-09-17'),
    ).toEqual([]);
  });
});

describe('people-2025-news: German politicians', () => {
  it('full names, then the surnames', () => {
    expect(people('Markus Söder und Friedrich Merz einigten sich. Söder lobte die Einigung.', 'de', '2025-04-01')).toEqual([
      ['Markus Söder', 'markus-soder'],
      ['Friedrich Merz', 'friedrich-merz'],
      ['Söder', 'markus-soder'],
    ]);
    expect(
      people('Lars Klingbeil en Alexander Dobrindt traden aan. Klingbeil en Dobrindt legden de eed af.', 'nl', '2025-05-06'),
    ).toEqual([
      ['Lars Klingbeil', 'lars-klingbeil'],
      ['Alexander Dobrindt', 'alexander-dobrindt'],
      ['Klingbeil', 'lars-klingbeil'],
      ['Dobrindt', 'alexander-dobrindt'],
    ]);
    expect(people('Bundesfinanzminister Lars Klingbeil und Innenminister Alexander Dobrindt.', 'de', '2025-06-01')).toEqual([
      ['Lars Klingbeil', 'lars-klingbeil'],
      ['Alexander Dobrindt', 'alexander-dobrindt'],
    ]);
    expect(people('Tino Chrupalla and Eva Högl disagreed. Chrupalla and Högl spoke later.', 'en', '2024-05-01')).toEqual([
      ['Tino Chrupalla', 'tino-chrupalla'],
      ['Eva Högl', 'eva-hogl'],
      ['Chrupalla', 'tino-chrupalla'],
      ['Högl', 'eva-hogl'],
    ]);
    expect(people('AfD-Chef Tino Chrupalla lehnt Waffenlieferungen ab.', 'de', '2025-03-01')).toEqual([
      ['Tino Chrupalla', 'tino-chrupalla'],
    ]);
    expect(people('Die Wehrbeauftragte Eva Högl legte ihren Bericht vor.', 'de', '2024-03-12')).toEqual([
      ['Eva Högl', 'eva-hogl'],
    ]);
  });

  it('the distinctive surnames alone', () => {
    expect(people('Söder said. Chrupalla said. Guterres said. Klingbeil said. Dobrindt said. Högl said.', 'en')).toEqual([
      ['Söder', 'markus-soder'],
      ['Chrupalla', 'tino-chrupalla'],
      ['Guterres', 'antonio-guterres'],
      ['Klingbeil', 'lars-klingbeil'],
      ['Dobrindt', 'alexander-dobrindt'],
      ['Högl', 'eva-hogl'],
    ]);
  });
});

describe('people-2025-news: Belgian party presidents and the US Army secretary', () => {
  it('Georges-Louis Bouchez and Paul Magnette', () => {
    expect(
      people('Georges-Louis Bouchez et Paul Magnette se sont affrontés. Bouchez a accusé Magnette.', 'fr', '2024-05-01'),
    ).toEqual([
      ['Georges-Louis Bouchez', 'georges-louis-bouchez'],
      ['Paul Magnette', 'paul-magnette'],
      ['Bouchez', 'georges-louis-bouchez'],
      ['Magnette', 'paul-magnette'],
    ]);
    expect(people('MR-voorzitter Georges-Louis Bouchez en PS-voorzitter Paul Magnette debatteerden. Bouchez won.', 'nl')).toEqual(
      [
        ['Georges-Louis Bouchez', 'georges-louis-bouchez'],
        ['Paul Magnette', 'paul-magnette'],
        ['Bouchez', 'georges-louis-bouchez'],
      ],
    );
    expect(people('Georges-Louis Bouchez and Paul Magnette clashed. Bouchez blamed Magnette.', 'en')).toEqual([
      ['Georges-Louis Bouchez', 'georges-louis-bouchez'],
      ['Paul Magnette', 'paul-magnette'],
      ['Bouchez', 'georges-louis-bouchez'],
      ['Magnette', 'paul-magnette'],
    ]);
  });

  it('Dan Driscoll, with Driscoll alone only after his name', () => {
    expect(people('Secretary of the Army Dan Driscoll visited Europe. Driscoll met soldiers.', 'en')).toEqual([
      ['Dan Driscoll', 'dan-driscoll'],
      ['Driscoll', 'dan-driscoll'],
    ]);
    expect(people('Minister van de landmacht Dan Driscoll bezocht Europa. Driscoll sprak met militairen.', 'nl')).toEqual([
      ['Dan Driscoll', 'dan-driscoll'],
      ['Driscoll', 'dan-driscoll'],
    ]);
    expect(people('Driscoll said. Katz said. Salam said. Bijleveld said.', 'en')).toEqual([]);
  });
});

describe('people-2025-news: cards', () => {
  it('roles carry the dates the briefs asked for', () => {
    const e = entriesOf();
    const roles = (id: string) =>
      (e.get(id)?.facts ?? []).flatMap((f) => (f.type === 'role' ? [[f.role.en, f.start ?? null, f.end ?? null]] : []));
    expect(roles('israel-katz')).toContainEqual(['Minister of Defence of Israel', '2024-11', null]);
    expect(roles('antonio-guterres')).toContainEqual(['Secretary-General of the United Nations', '2017-01-01', null]);
    expect(roles('nawaf-salam')).toContainEqual(['President of the International Court of Justice', '2024-02-06', '2025-01-14']);
    expect(roles('eva-hogl')).toContainEqual([
      'Parliamentary Commissioner for the Armed Forces (Wehrbeauftragte)',
      '2020-05',
      '2025-05',
    ]);
    expect(e.get('hossein-amir-abdollahian')?.facts).toContainEqual({ type: 'died', date: '2024-05-19' });
  });
});
