import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

// Arms makers (src/kb/data/orgs-defence-industry.json) in real-looking news sentences, and the
// names they share with people, places and everyday words.
describe('defence-industry organisations (real knowledge base)', () => {
  const r = realRecogniser();
  const found = (text: string, lang: string) =>
    r.recognise(text, { lang, date: '2025-05-01' }).map((m) => [m.text, m.entityId ?? `(${m.name})`]);
  const orgs = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'org');

  it('does not take a graphics card ("RTX 2060") for the arms maker RTX', () => {
    expect(orgs('It is very similar to the RTX 2060 in raw performance.', 'en')).toEqual([]);
  });

  it('finds the American arms makers in English and Dutch', () => {
    expect(
      orgs(
        'Lockheed Martin, RTX Corp and Northrop Grumman reported higher profits; Raytheon builds the Patriot, and Boeing the F-47.',
        'en',
      ),
    ).toEqual([
      ['Lockheed Martin', 'lockheed-martin'],
      ['RTX Corp', 'rtx'],
      ['Northrop Grumman', 'northrop-grumman'],
      ['Raytheon', 'rtx'],
      ['Boeing', 'boeing'],
    ]);
    expect(
      orgs(
        'Defensie bestelt bij Lockheed Martin meer F-35’s; ook Raytheon Technologies, Northrop Grumman en Boeing profiteren.',
        'nl',
      ),
    ).toEqual([
      ['Lockheed Martin', 'lockheed-martin'],
      ['Raytheon Technologies', 'rtx'],
      ['Northrop Grumman', 'northrop-grumman'],
      ['Boeing', 'boeing'],
    ]);
  });

  it('reads "General Dynamics" and "General Atomics" as the firms, not a general named Dynamics', () => {
    expect(found('General Dynamics and General Atomics won new Pentagon contracts.', 'en')).toEqual([
      ['General Dynamics', 'general-dynamics'],
      ['General Atomics', 'general-atomics'],
      ['Pentagon', 'pentagon'],
    ]);
    expect(orgs('De Reaper-drones van General Atomics en de Abrams-tanks van General Dynamics.', 'nl')).toEqual([
      ['General Atomics', 'general-atomics'],
      ['General Dynamics', 'general-dynamics'],
    ]);
  });

  it('finds the European makers in English, Dutch, German and French', () => {
    expect(
      orgs(
        'Airbus, BAE Systems, Rheinmetall, KNDS, Saab, Dassault Aviation, MBDA, Kongsberg, Diehl Defence and Hensoldt all expect more orders.',
        'en',
      ),
    ).toEqual([
      ['Airbus', 'airbus'],
      ['BAE Systems', 'bae-systems'],
      ['Rheinmetall', 'rheinmetall'],
      ['KNDS', 'knds'],
      ['Saab', 'saab'],
      ['Dassault Aviation', 'dassault-aviation'],
      ['MBDA', 'mbda'],
      ['Kongsberg', 'kongsberg'],
      ['Diehl Defence', 'diehl-defence'],
      ['Hensoldt', 'hensoldt'],
    ]);
    expect(
      orgs(
        'Rheinmetall bouwt een munitiefabriek, Thales Nederland in Hengelo levert radars en Damen Naval in Vlissingen bouwt de fregatten; ook Saab, MBDA en Kongsberg kregen orders.',
        'nl',
      ),
    ).toEqual([
      ['Rheinmetall', 'rheinmetall'],
      ['Thales Nederland', 'thales'],
      ['Damen Naval', 'damen-naval'],
      ['Saab', 'saab'],
      ['MBDA', 'mbda'],
      ['Kongsberg', 'kongsberg'],
    ]);
    expect(
      orgs(
        'Krauss-Maffei Wegmann gehört zu KNDS; Diehl Defence liefert IRIS-T, Hensoldt die Radare, und die Damen-Werft baut die F126.',
        'de',
      ),
    ).toEqual([
      ['Krauss-Maffei Wegmann', 'knds'],
      ['KNDS', 'knds'],
      ['Diehl Defence', 'diehl-defence'],
      ['Hensoldt', 'hensoldt'],
      ['Damen-Werft', 'damen-naval'],
    ]);
    expect(orgs("Nexter, Dassault Aviation et le groupe Thales misent sur l'économie de guerre.", 'fr')).toEqual([
      ['Nexter', 'knds'],
      ['Dassault Aviation', 'dassault-aviation'],
      ['groupe Thales', 'thales'],
    ]);
  });

  it('finds Leonardo, Thales and Dassault when the article is about what they make', () => {
    expect(orgs("Italy's defence group Leonardo and France's Thales both raised their forecasts.", 'en')).toEqual([
      ['Leonardo', 'leonardo'],
      ['Thales', 'thales'],
    ]);
    expect(orgs('Het Italiaanse defensieconcern Leonardo bouwt helikopters.', 'nl')).toEqual([['Leonardo', 'leonardo']]);
    expect(orgs('Dassault verkoopt meer Rafale-straaljagers.', 'nl')).toEqual([['Dassault', 'dassault-aviation']]);
  });

  it('keeps Leonardo DiCaprio, Leonardo da Vinci, Thales of Miletus and Serge Dassault people, not the firms', () => {
    expect(found('Leonardo DiCaprio attended the premiere in Cannes.', 'en')).toEqual([
      ['Leonardo DiCaprio', '(Leonardo DiCaprio)'],
    ]);
    expect(found('Leonardo DiCaprio spielt die Hauptrolle.', 'de')).toEqual([['Leonardo DiCaprio', '(Leonardo DiCaprio)']]);
    expect(found('The painter Leonardo da Vinci and the philosopher Thales of Miletus.', 'en')).toEqual([
      ['Leonardo da Vinci', '(Leonardo da Vinci)'],
    ]);
    expect(orgs('De filosoof Thales van Milete en de schilder Leonardo da Vinci.', 'nl')).toEqual([]);
    expect(orgs('Le philosophe Thalès de Milet.', 'fr')).toEqual([]);
    expect(orgs('Der Philosoph Thales von Milet.', 'de')).toEqual([]);
    expect(found('Serge Dassault possédait Le Figaro.', 'fr')).toEqual([['Serge Dassault', '(Serge Dassault)']]);
  });

  it('a name more often someone else\'s ("Wagner", "Leonardo") needs the article to talk of the organisation (match.needsContext)', () => {
    expect(orgs('The music nods to Wagner and to Philip Glass.', 'en')).toEqual([]);
    expect(orgs('Leonardo schilderde de Mona Lisa.', 'nl')).toEqual([]);
    expect(orgs('Wagner fighters pulled out of Mali.', 'en')).toEqual([['Wagner', 'wagner-group']]);
    // A longer form always counts.
    expect(orgs('De Wagnergroep trok zich terug.', 'nl')).toEqual([['Wagnergroep', 'wagner-group']]);
  });

  it('keeps a one-word organisation before another name when the article talks of what it does', () => {
    expect(orgs('Die Leonardo Aktie steigt.', 'de')).toEqual([['Leonardo', 'leonardo']]);
    expect(orgs('Leonardo Helicopters delivered the first AW149 to the army.', 'en')).toEqual([['Leonardo', 'leonardo']]);
    // The same rule for an older entry with context words: the composer is not the mercenary group.
    expect(found('Richard Wagner composed operas in Bayreuth.', 'en')).toEqual([['Richard Wagner', '(Richard Wagner)']]);
    // After a given name the person stays a person even in an article about the group.
    expect(found('Richard Wagner and the Wagner mercenaries in Mali.', 'en')).toEqual([
      ['Richard Wagner', '(Richard Wagner)'],
      ['Wagner', 'wagner-group'],
      ['Mali', 'mali'],
    ]);
    expect(found('Die Wagner-Söldner kämpften in Bachmut; in Bayreuth spielte man Richard Wagner.', 'de')).toEqual([
      ['Wagner', 'wagner-group'],
      ['Bachmut', 'bakhmut'],
      ['Richard Wagner', '(Richard Wagner)'],
    ]);
  });

  it('does not take German "Damen" (ladies) for the shipyard', () => {
    expect(orgs('Meine Damen und Herren, willkommen. Die Damen gewannen das Finale.', 'de')).toEqual([]);
    expect(orgs('Dames en heren, de Damen Shipyards Group uit Gorinchem.', 'nl')).toEqual([
      ['Damen Shipyards Group', 'damen-naval'],
    ]);
  });

  it('finds the newer firms and the Turkish, Russian and Ukrainian makers', () => {
    expect(
      orgs(
        'Palantir and Anduril sell software and drones; Baykar builds the TB2, Rostec Russian tanks, Ukroboronprom Ukrainian arms.',
        'en',
      ),
    ).toEqual([
      ['Palantir', 'palantir'],
      ['Anduril', 'anduril'],
      ['Baykar', 'baykar'],
      ['Rostec', 'rostec'],
      ['Ukroboronprom', 'ukrainian-defense-industry'],
    ]);
    expect(
      orgs(
        'De NAVO koopt software van Palantir Technologies; Baykar, Rostec en Ukrainian Defense Industry breiden de productie uit.',
        'nl',
      ),
    ).toEqual([
      ['NAVO', 'nato'],
      ['Palantir Technologies', 'palantir'],
      ['Baykar', 'baykar'],
      ['Rostec', 'rostec'],
      ['Ukrainian Defense Industry', 'ukrainian-defense-industry'],
    ]);
  });

  it('leaves a longer weapon name to the weapon ("Saab Gripen", "Dassault Mirage 2000")', () => {
    expect(found('Ukraine wants the Saab Gripen and the Dassault Mirage 2000.', 'en')).toEqual([
      ['Ukraine', 'ukraine'],
      ['Saab Gripen', 'gripen'],
      ['Dassault Mirage 2000', 'mirage-2000'],
    ]);
  });
});
