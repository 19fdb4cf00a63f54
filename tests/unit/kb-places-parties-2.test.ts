import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

// Sahel, Middle East, Ireland and East Asian places, ECOWAS, and German and Belgian parties
// (src/kb/data/places-parties-2.json), through the real knowledge base, with the readings they must not take.
const r = realRecogniser();
const places = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date, 'place');
const orgs = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date, 'org');

describe('the Sahel (real knowledge base)', () => {
  it('finds Mali, Niger, Burkina Faso, the Sahel and Bamako in Dutch and English', () => {
    expect(
      places(
        'De junta’s van Mali, Niger en Burkina Faso keren zich in de Sahel af van Frankrijk; Bamako zoekt steun bij Rusland.',
        'nl',
      ),
    ).toEqual([
      ['Mali', 'mali'],
      ['Niger', 'niger'],
      ['Burkina Faso', 'burkina-faso'],
      ['Sahel', 'sahel'],
      ['Frankrijk', 'france'],
      ['Bamako', 'bamako'],
      ['Rusland', 'russia'],
    ]);
    expect(
      places(
        'The juntas in Mali, Niger and Burkina Faso expelled French troops from the Sahel. Jihadists attacked Bamako.',
        'en',
      ),
    ).toEqual([
      ['Mali', 'mali'],
      ['Niger', 'niger'],
      ['Burkina Faso', 'burkina-faso'],
      ['Sahel', 'sahel'],
      ['Bamako', 'bamako'],
    ]);
  });

  it('finds them in French and German too ("le Burkina", "die Sahelzone")', () => {
    expect(places('Le Mali, le Burkina et le Niger ont quitté la Cédéao ; le Sahel reste instable.', 'fr')).toEqual([
      ['Mali', 'mali'],
      ['Burkina', 'burkina-faso'],
      ['Niger', 'niger'],
      ['Sahel', 'sahel'],
    ]);
    expect(places('Die Bundeswehr verlässt Mali; in der Sahelzone und in Niger herrschen Militärs.', 'de')).toEqual([
      ['Mali', 'mali'],
      ['Sahelzone', 'sahel'],
      ['Niger', 'niger'],
    ]);
  });

  it('does not take Nigeria, Nigerians or Nigerien troops for Niger (Nigeria is its own entry)', () => {
    expect(places('Nigeria and the Nigerian army sent help; Nigerien troops stayed home.', 'en')).toEqual([
      ['Nigeria', 'nigeria'],
    ]);
    expect(places('Nigeria en de Nigeriaanse president.', 'nl')).toEqual([['Nigeria', 'nigeria']]);
    expect(places('Le Nigeria voisin et les soldats nigérians.', 'fr')).toEqual([['Nigeria', 'nigeria']]);
  });

  it('finds ECOWAS by its name in each language, the French Cédéao included', () => {
    expect(orgs('ECOWAS dreigde na de staatsgreep in Niger met een militaire interventie.', 'nl')).toEqual([
      ['ECOWAS', 'ecowas'],
    ]);
    expect(orgs('The Economic Community of West African States (ECOWAS) met in Abuja.', 'en')).toEqual([
      ['Economic Community of West African States', 'ecowas'],
      ['ECOWAS', 'ecowas'],
    ]);
    expect(orgs('La Cédéao, ou CEDEAO, a levé ses sanctions.', 'fr')).toEqual([
      ['Cédéao', 'ecowas'],
      ['CEDEAO', 'ecowas'],
    ]);
  });
});

describe('the Middle East (real knowledge base)', () => {
  it('finds Egypt, Rafah, Palestine and Beirut in Dutch and English', () => {
    expect(places('Via Egypte moet hulp Rafah bereiken. Spanje erkende Palestina; in Beiroet vielen bommen.', 'nl')).toEqual([
      ['Egypte', 'egypt'],
      ['Rafah', 'rafah'],
      ['Spanje', 'spain'],
      ['Palestina', 'palestine'],
      ['Beiroet', 'beirut'],
    ]);
    expect(places('Aid from Egypt reached Rafah. Ireland recognised the State of Palestine; strikes hit Beirut.', 'en')).toEqual([
      ['Egypt', 'egypt'],
      ['Rafah', 'rafah'],
      ['Ireland', 'ireland'],
      ['State of Palestine', 'palestine'],
      ['Beirut', 'beirut'],
    ]);
  });

  it('finds the French and German forms', () => {
    expect(
      places("L'Égypte ferme Rafah ; l'État de Palestine et les territoires palestiniens ; frappes sur Beyrouth.", 'fr'),
    ).toEqual([
      ['Égypte', 'egypt'],
      ['Rafah', 'rafah'],
      ['État de Palestine', 'palestine'],
      ['territoires palestiniens', 'palestine'],
      ['Beyrouth', 'beirut'],
    ]);
    expect(places('Ägypten öffnet Rafah; Palästina und die Palästinensergebiete; Angriffe auf Beirut.', 'de')).toEqual([
      ['Ägypten', 'egypt'],
      ['Rafah', 'rafah'],
      ['Palästina', 'palestine'],
      ['Palästinensergebiete', 'palestine'],
      ['Beirut', 'beirut'],
    ]);
  });

  it('reads "the Palestinian territories" as Palestine', () => {
    expect(places('The Palestinian territories and Palestine.', 'en')).toEqual([
      ['Palestinian territories', 'palestine'],
      ['Palestine', 'palestine'],
    ]);
  });
});

describe('Ireland and Northern Ireland (real knowledge base)', () => {
  it('keeps Northern Ireland apart from Ireland in every language', () => {
    expect(places('Northern Ireland borders Ireland. The Republic of Ireland is neutral.', 'en')).toEqual([
      ['Northern Ireland', 'northern-ireland'],
      ['Ireland', 'ireland'],
      ['Republic of Ireland', 'ireland'],
    ]);
    expect(places('Noord-Ierland grenst aan Ierland.', 'nl')).toEqual([
      ['Noord-Ierland', 'northern-ireland'],
      ['Ierland', 'ireland'],
    ]);
    expect(places("L'Irlande du Nord et l'Irlande.", 'fr')).toEqual([
      ['Irlande du Nord', 'northern-ireland'],
      ['Irlande', 'ireland'],
    ]);
    expect(places('Nordirland und Irland.', 'de')).toEqual([
      ['Nordirland', 'northern-ireland'],
      ['Irland', 'ireland'],
    ]);
  });
});

describe('the seas around China (real knowledge base)', () => {
  it('reads "the Taiwan Strait" as the strait, not as Taiwan, and finds the South China Sea', () => {
    expect(places('Warships sailed through the Taiwan Strait and the South China Sea. Taiwan protested.', 'en')).toEqual([
      ['Taiwan Strait', 'taiwan-strait'],
      ['South China Sea', 'south-china-sea'],
      ['Taiwan', 'taiwan'],
    ]);
    expect(places('Een fregat voer door de Straat van Taiwan en de Zuid-Chinese Zee.', 'nl')).toEqual([
      ['Straat van Taiwan', 'taiwan-strait'],
      ['Zuid-Chinese Zee', 'south-china-sea'],
    ]);
    expect(places('Dans le détroit de Taïwan et en mer de Chine méridionale.', 'fr')).toEqual([
      ['détroit de Taïwan', 'taiwan-strait'],
      ['mer de Chine méridionale', 'south-china-sea'],
    ]);
    expect(
      places('In der Taiwanstraße, der Straße von Taiwan, und im Südchinesischen Meer. Das Südchinesische Meer.', 'de'),
    ).toEqual([
      ['Taiwanstraße', 'taiwan-strait'],
      ['Straße von Taiwan', 'taiwan-strait'],
      ['Südchinesischen Meer', 'south-china-sea'],
      ['Südchinesische Meer', 'south-china-sea'],
    ]);
  });
});

describe('German parties (real knowledge base)', () => {
  it('reads "CDU/CSU" as both parties, and finds the CSU alone', () => {
    expect(orgs('Die Fraktion von CDU/CSU stimmte zu; die CSU hatte Bedenken.', 'de')).toEqual([
      ['CDU', 'cdu'],
      ['CSU', 'csu'],
      ['CSU', 'csu'],
    ]);
    expect(orgs('De CDU/CSU werd de grootste; ook de CSU juichte.', 'nl')).toEqual([
      ['CDU', 'cdu'],
      ['CSU', 'csu'],
      ['CSU', 'csu'],
    ]);
    expect(orgs("Bavaria's Christian Social Union (CSU) backed Merz.", 'en')).toEqual([
      ['Christian Social Union', 'csu'],
      ['CSU', 'csu'],
    ]);
  });

  it('finds the Greens by their full and short German names', () => {
    expect(orgs('Bündnis 90/Die Grünen verlieren; die Grünen und den Grünen nahe Wähler, die Spitze der Grünen.', 'de')).toEqual([
      ['Bündnis 90/Die Grünen', 'alliance-90-the-greens'],
      ['die Grünen', 'alliance-90-the-greens'],
      ['den Grünen', 'alliance-90-the-greens'],
      ['der Grünen', 'alliance-90-the-greens'],
    ]);
    expect(orgs('De Duitse Groenen en Bündnis 90/Die Grünen.', 'nl')).toEqual([
      ['Duitse Groenen', 'alliance-90-the-greens'],
      ['Bündnis 90/Die Grünen', 'alliance-90-the-greens'],
    ]);
    expect(orgs('The German Greens, officially Alliance 90/The Greens.', 'en')).toEqual([
      ['German Greens', 'alliance-90-the-greens'],
      ['Alliance 90/The Greens', 'alliance-90-the-greens'],
    ]);
  });

  it('leaves the German adjective and "im Grünen" alone, and other green parties to themselves', () => {
    expect(orgs('Urlaub im Grünen. Grüne Energie ist teuer. Wir fahren ins Grüne.', 'de')).toEqual([]);
    expect(orgs('De Groenen wonnen in Amsterdam.', 'nl')).toEqual([]);
    expect(orgs('The Greens won in Brighton.', 'en')).toEqual([]);
  });

  it('finds the FDP and the BSW, and keeps Sahra Wagenknecht the person', () => {
    expect(orgs('Die FDP scheiterte an der Fünf-Prozent-Hürde, das BSW knapp.', 'de')).toEqual([
      ['FDP', 'fdp'],
      ['BSW', 'bsw'],
    ]);
    expect(orgs('De liberale FDP en het Bündnis Sahra Wagenknecht haalden de kiesdrempel niet.', 'nl')).toEqual([
      ['FDP', 'fdp'],
      ['Bündnis Sahra Wagenknecht', 'bsw'],
    ]);
    expect(orgs('The Free Democrats (FDP) and the Sahra Wagenknecht Alliance (BSW) missed the threshold.', 'en')).toEqual([
      ['Free Democrats', 'fdp'],
      ['FDP', 'fdp'],
      ['Sahra Wagenknecht Alliance', 'bsw'],
      ['BSW', 'bsw'],
    ]);
    expect(mentionIds(r, 'Sahra Wagenknecht sprach in Erfurt.', 'de', '2025-05-01')).toEqual([
      ['Sahra Wagenknecht', 'sahra-wagenknecht'],
    ]);
  });
});

describe('Belgian French-speaking parties (real knowledge base)', () => {
  it('finds the MR and Les Engagés on Dutch and French pages, the cdH as Les Engagés', () => {
    expect(orgs('De MR van Bouchez en Les Engagés traden toe tot de regering-De Wever.', 'nl')).toEqual([
      ['MR', 'reformist-movement'],
      ['Les Engagés', 'les-engages'],
    ]);
    expect(orgs('Le MR et les Engagés, ex-cdH, gouvernent avec la N-VA.', 'fr')).toEqual([
      ['MR', 'reformist-movement'],
      ['les Engagés', 'les-engages'],
      ['cdH', 'les-engages'],
      ['N-VA', 'n-va'],
    ]);
    expect(orgs("Belgium's Reformist Movement and Les Engagés.", 'en')).toEqual([
      ['Reformist Movement', 'reformist-movement'],
      ['Les Engagés', 'les-engages'],
    ]);
  });

  it('does not take "Mr", "MR" or "M.R." in English, or the Dutch title "mr.", for the MR', () => {
    expect(orgs('Mr Smith met Mr. Jones. MR Smith replied. M.R. James wrote.', 'en')).toEqual([]);
    expect(orgs('Volgens mr. De Vries en Mr. Jansen.', 'nl')).toEqual([]);
  });

  it('leaves the bare "PS" alone: the French party, horsepower and postscripts are other things', () => {
    expect(orgs('Le PS de Olivier Faure et le PS belge.', 'fr')).toEqual([]);
    expect(orgs('Ein Wagen mit 300 PS.', 'de')).toEqual([]);
    expect(orgs('De PS van Paul Magnette.', 'nl')).toEqual([]);
    expect(orgs('PS: see you tomorrow.', 'en')).toEqual([]);
  });
});
