import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Treaties, military forces and organisations, and historical events of
 * `src/kb/data/terms-treaties-forces.json` through the real knowledge base: found by the forms news
 * uses in each language, and kept off the ordinary words that look like them ("a trident", "un
 * serval", "LPM" outside French pages).
 */
const r = realRecogniser();
const IDS = new Set([
  'new-start',
  'inf-treaty',
  'jcpoa',
  'aukus',
  'trident-uk',
  'irgc',
  'unifil',
  'minusma',
  'operation-barkhane',
  'operation-serval',
  'jnim',
  'peoples-liberation-army',
  'indopacom',
  'baltic-fleet',
  'truman-doctrine',
  'ostpolitik',
  'glasnost',
  'perestroika',
  'east-german-uprising-1953',
  'west-berlin',
  'october-7-attack',
  'gaza-war',
  'tehran-conference',
  'bundeswehr-special-fund',
  'french-military-programming-law',
]);
/** The mentions of this file's entries only (other entries in the sentence are other files' business). */
const mine = (text: string, lang: string, date = '2025-05-01') =>
  mentionIds(r, text, lang, date).filter(([, id]) => id !== null && IDS.has(id));

describe('arms-control treaties and pacts', () => {
  it('finds New START and the INF Treaty', () => {
    expect(mine('Russia suspended New START in 2023; the New START treaty expires in 2026.', 'en')).toEqual([
      ['New START', 'new-start'],
      ['New START treaty', 'new-start'],
    ]);
    expect(mine('Rusland schortte het New START-verdrag op. Het INF-verdrag verviel in 2019.', 'nl')).toEqual([
      ['New START-verdrag', 'new-start'],
      ['INF-verdrag', 'inf-treaty'],
    ]);
    expect(mine('The Intermediate-Range Nuclear Forces Treaty, or INF Treaty, banned the SS-20.', 'en')).toEqual([
      ['Intermediate-Range Nuclear Forces Treaty', 'inf-treaty'],
      ['INF Treaty', 'inf-treaty'],
    ]);
    expect(mine('Der INF-Vertrag und der New-START-Vertrag. Le traité FNI et le traité New START.', 'de')).toEqual([
      ['INF-Vertrag', 'inf-treaty'],
      ['New-START-Vertrag', 'new-start'],
      ['traité FNI', 'inf-treaty'],
      ['traité New START', 'new-start'],
    ]);
  });

  it('does not take a lowercase "new start" for the treaty', () => {
    expect(mine('The coalition wants a new start for Europe.', 'en')).toEqual([]);
  });

  it('finds the Iran nuclear deal by its abbreviation and its descriptive names', () => {
    expect(mine('Trump left the JCPOA, the Iran nuclear deal, in May 2018.', 'en')).toEqual([
      ['JCPOA', 'jcpoa'],
      ['Iran nuclear deal', 'jcpoa'],
    ]);
    expect(mine('Trump stapte uit het atoomakkoord met Iran.', 'nl')).toEqual([['atoomakkoord met Iran', 'jcpoa']]);
    expect(mine("Trump a quitté l'accord sur le nucléaire iranien.", 'fr')).toEqual([
      ['accord sur le nucléaire iranien', 'jcpoa'],
    ]);
    expect(mine('Trump kündigte das Atomabkommen mit dem Iran.', 'de')).toEqual([['Atomabkommen mit dem Iran', 'jcpoa']]);
  });

  it('finds AUKUS', () => {
    expect(mine('The AUKUS pact angered France. Het AUKUS-pact kostte Frankrijk een contract.', 'en')).toEqual([
      ['AUKUS pact', 'aukus'],
      ['AUKUS-pact', 'aukus'],
    ]);
    expect(mine('Le pacte AUKUS a humilié Paris.', 'fr')).toEqual([['pacte AUKUS', 'aukus']]);
  });
});

describe('Trident, the British deterrent, and not a trident', () => {
  it('finds the capitalised programme', () => {
    expect(mine("Britain's Trident submarines sail from Faslane; the Trident programme is costly.", 'en')).toEqual([
      ['Trident', 'trident-uk'],
      ['Trident programme', 'trident-uk'],
    ]);
    expect(mine('Het Britse Trident-programma is duur.', 'nl')).toEqual([['Trident-programma', 'trident-uk']]);
  });

  it('leaves the three-pronged spear alone in lowercase', () => {
    expect(mine('Poseidon raised a trident. The fisherman carried a trident.', 'en')).toEqual([]);
    expect(mine('Le trident de Neptune est une fourche à trois dents.', 'fr')).toEqual([]);
  });
});

describe('armed forces and military organisations', () => {
  it("finds Iran's Revolutionary Guard in four languages", () => {
    expect(mine('The IRGC and the Revolutionary Guards fired missiles.', 'en')).toEqual([
      ['IRGC', 'irgc'],
      ['Revolutionary Guards', 'irgc'],
    ]);
    expect(mine('De Revolutionaire Garde vuurde raketten af.', 'nl')).toEqual([['Revolutionaire Garde', 'irgc']]);
    expect(mine('Die Revolutionsgarden drohten; die Revolutionsgarde schoss.', 'de')).toEqual([
      ['Revolutionsgarden', 'irgc'],
      ['Revolutionsgarde', 'irgc'],
    ]);
    expect(mine('Les gardiens de la révolution ont menacé Israël.', 'fr')).toEqual([['gardiens de la révolution', 'irgc']]);
  });

  it("finds China's People's Liberation Army and the US Indo-Pacific Command", () => {
    expect(mine("The People's Liberation Army drilled near Taiwan; the PLA Navy took part. INDOPACOM warned.", 'en')).toEqual([
      ["People's Liberation Army", 'peoples-liberation-army'],
      ['PLA Navy', 'peoples-liberation-army'],
      ['INDOPACOM', 'indopacom'],
    ]);
    expect(mine('Het Volksbevrijdingsleger oefende rond Taiwan.', 'nl')).toEqual([
      ['Volksbevrijdingsleger', 'peoples-liberation-army'],
    ]);
    expect(mine('Die Volksbefreiungsarmee übt. L’Armée populaire de libération aussi.', 'de')).toEqual([
      ['Volksbefreiungsarmee', 'peoples-liberation-army'],
      ['Armée populaire de libération', 'peoples-liberation-army'],
    ]);
    expect(mine('The US Indo-Pacific Command, once PACOM, is based in Hawaii.', 'en')).toEqual([
      ['US Indo-Pacific Command', 'indopacom'],
      ['PACOM', 'indopacom'],
    ]);
  });

  it("finds Russia's Baltic Fleet", () => {
    expect(mine('The Baltic Fleet sailed from Kaliningrad. De Baltische Vloot voer uit.', 'en')).toEqual([
      ['Baltic Fleet', 'baltic-fleet'],
      ['Baltische Vloot', 'baltic-fleet'],
    ]);
    expect(mine('Die Ostseeflotte und die Baltische Flotte.', 'de')).toEqual([
      ['Ostseeflotte', 'baltic-fleet'],
      ['Baltische Flotte', 'baltic-fleet'],
    ]);
    expect(mine('La flotte de la Baltique est basée à Kaliningrad.', 'fr')).toEqual([['flotte de la Baltique', 'baltic-fleet']]);
  });
});

describe('missions and operations in Lebanon and the Sahel', () => {
  it('finds UNIFIL, also written Unifil, and the French FINUL', () => {
    expect(mine('Blauwhelmen van UNIFIL raakten gewond; Unifil protesteerde.', 'nl')).toEqual([
      ['UNIFIL', 'unifil'],
      ['Unifil', 'unifil'],
    ]);
    expect(mine('La FINUL a été visée par des tirs.', 'fr')).toEqual([['FINUL', 'unifil']]);
  });

  it('finds MINUSMA, Barkhane, Serval and JNIM (GSIM in French)', () => {
    expect(mine('Nederland deed mee aan MINUSMA. De operatie Barkhane volgde in 2014 op operatie Serval.', 'nl')).toEqual([
      ['MINUSMA', 'minusma'],
      ['operatie Barkhane', 'operation-barkhane'],
      ['operatie Serval', 'operation-serval'],
    ]);
    expect(mine('Operation Serval began in January 2013; Operation Barkhane ended in 2022. JNIM attacked Bamako.', 'en')).toEqual(
      [
        ['Operation Serval', 'operation-serval'],
        ['Operation Barkhane', 'operation-barkhane'],
        ['JNIM', 'jnim'],
      ],
    );
    expect(mine("L'opération Serval, puis Barkhane. La Minusma a quitté le Mali. Le GSIM a revendiqué l'attaque.", 'fr')).toEqual(
      [
        ['opération Serval', 'operation-serval'],
        ['Barkhane', 'operation-barkhane'],
        ['Minusma', 'minusma'],
        ['GSIM', 'jnim'],
      ],
    );
  });

  it('does not take the serval, the wild cat, for the operation', () => {
    expect(mine('Un serval a été aperçu dans la savane. Le serval est un félin.', 'fr')).toEqual([]);
    expect(mine('The Serval is a wild cat. De serval is een katachtige.', 'en')).toEqual([]);
    expect(mine('Der Serval ist eine Wildkatze.', 'de')).toEqual([]);
  });
});

describe('Cold War policies and events', () => {
  it('finds the Truman Doctrine and Ostpolitik', () => {
    expect(mine('The Truman Doctrine of 1947. De Trumandoctrine en de Truman-doctrine.', 'en')).toEqual([
      ['Truman Doctrine', 'truman-doctrine'],
      ['Trumandoctrine', 'truman-doctrine'],
      ['Truman-doctrine', 'truman-doctrine'],
    ]);
    expect(mine('De Ostpolitik van Willy Brandt.', 'nl')).toEqual([['Ostpolitik', 'ostpolitik']]);
    expect(mine('Die Neue Ostpolitik Willy Brandts. La doctrine Truman.', 'de')).toEqual([
      ['Neue Ostpolitik', 'ostpolitik'],
      ['doctrine Truman', 'truman-doctrine'],
    ]);
  });

  it('finds glasnost and perestroika as two entries, written with or without capitals', () => {
    expect(mine('Glasnost and perestroika changed the Soviet Union; glasnost came first.', 'en')).toEqual([
      ['Glasnost', 'glasnost'],
      ['perestroika', 'perestroika'],
      ['glasnost', 'glasnost'],
    ]);
    expect(mine('Glasnost en perestrojka veranderden de Sovjet-Unie.', 'nl')).toEqual([
      ['Glasnost', 'glasnost'],
      ['perestrojka', 'perestroika'],
    ]);
    expect(mine('La glasnost et la perestroïka. Glasnost und Perestroika.', 'fr')).toEqual([
      ['glasnost', 'glasnost'],
      ['perestroïka', 'perestroika'],
      ['Glasnost', 'glasnost'],
      ['Perestroika', 'perestroika'],
    ]);
  });

  it('finds the East German uprising of 1953, but not any Volksaufstand', () => {
    expect(mine('The East German uprising of 1953 was crushed by Soviet tanks.', 'en')).toEqual([
      ['East German uprising of 1953', 'east-german-uprising-1953'],
    ]);
    expect(mine('De opstand van 17 juni 1953 werd neergeslagen.', 'nl')).toEqual([
      ['opstand van 17 juni 1953', 'east-german-uprising-1953'],
    ]);
    expect(mine('Der Volksaufstand in der DDR scheiterte; der DDR-Volksaufstand wurde niedergeschlagen.', 'de')).toEqual([
      ['Volksaufstand in der DDR', 'east-german-uprising-1953'],
      ['DDR-Volksaufstand', 'east-german-uprising-1953'],
    ]);
    expect(mine('Le soulèvement du 17 juin 1953 a été écrasé par les chars soviétiques.', 'fr')).toEqual([
      ['soulèvement du 17 juin 1953', 'east-german-uprising-1953'],
    ]);
    expect(mine('Ein Volksaufstand gegen die Regierung ist möglich.', 'de')).toEqual([]);
  });

  it('finds West Berlin as West Berlin, not as Berlin', () => {
    const cases: [string, string, string][] = [
      ['West-Berlijn was een eiland in de DDR.', 'nl', 'West-Berlijn'],
      ['West Berlin was an island in East Germany.', 'en', 'West Berlin'],
      ['West-Berlin war eine Insel.', 'de', 'West-Berlin'],
      ['Berlin-Ouest était une enclave.', 'fr', 'Berlin-Ouest'],
    ];
    for (const [text, lang, form] of cases) {
      const found = mentionIds(r, text, lang, '2025-05-01');
      expect(found).toContainEqual([form, 'west-berlin']);
      expect(found.map(([, id]) => id)).not.toContain('berlin');
    }
  });

  it('finds the Tehran Conference', () => {
    expect(mine('The Tehran Conference met in 1943. De Conferentie van Teheran.', 'en')).toEqual([
      ['Tehran Conference', 'tehran-conference'],
      ['Conferentie van Teheran', 'tehran-conference'],
    ]);
    expect(mine('La conférence de Téhéran. Die Konferenz von Teheran.', 'fr')).toEqual([
      ['conférence de Téhéran', 'tehran-conference'],
      ['Konferenz von Teheran', 'tehran-conference'],
    ]);
  });
});

describe('the 7 October attack and the Gaza war', () => {
  it('finds the attack by its dated names', () => {
    expect(mine('Since the October 7 attack, and the 7 October attacks on kibbutzim, hostages remain.', 'en')).toEqual([
      ['October 7 attack', 'october-7-attack'],
      ['7 October attacks', 'october-7-attack'],
    ]);
    expect(mine('Na de aanval van 7 oktober begon de oorlog in Gaza.', 'nl')).toEqual([
      ['aanval van 7 oktober', 'october-7-attack'],
      ['oorlog in Gaza', 'gaza-war'],
    ]);
    expect(mine("L'attaque du 7 octobre a déclenché la guerre à Gaza.", 'fr')).toEqual([
      ['attaque du 7 octobre', 'october-7-attack'],
      ['guerre à Gaza', 'gaza-war'],
    ]);
    expect(mine('Der Angriff vom 7. Oktober löste den Gaza-Krieg aus.', 'de')).toEqual([
      ['Angriff vom 7. Oktober', 'october-7-attack'],
      ['Gaza-Krieg', 'gaza-war'],
    ]);
  });

  it('finds it with Hamas named inside the phrase, as news writes it', () => {
    expect(mine('Ein Jahr nach dem Terrorangriff der Hamas vom 7. Oktober 2023.', 'de')).toEqual([
      ['Terrorangriff der Hamas vom 7. Oktober', 'october-7-attack'],
    ]);
    expect(mine('Sinds de aanval van Hamas op 7 oktober 2023.', 'nl')).toEqual([
      ['aanval van Hamas op 7 oktober', 'october-7-attack'],
    ]);
    expect(mine('Since the Hamas attack of October 7, hostages remain.', 'en')).toEqual([
      ['Hamas attack of October 7', 'october-7-attack'],
    ]);
  });

  it('finds the Gaza war by its usual names', () => {
    expect(mine('The Gaza war and the war in Gaza. De Gaza-oorlog duurt voort.', 'en')).toEqual([
      ['Gaza war', 'gaza-war'],
      ['war in Gaza', 'gaza-war'],
      ['Gaza-oorlog', 'gaza-war'],
    ]);
  });

  it('does not take a bare date for the attack', () => {
    expect(mine('Op 7 oktober gaat de school weer open. On 7 October the talks resume.', 'nl')).toEqual([]);
  });
});

describe('defence budgets', () => {
  it("finds Germany's Bundeswehr special fund without taking the Zeitenwende's form or any Sondervermögen", () => {
    expect(mine('Das Bundeswehr-Sondervermögen und das Sondervermögen für die Bundeswehr.', 'de')).toEqual([
      ['Bundeswehr-Sondervermögen', 'bundeswehr-special-fund'],
      ['Sondervermögen für die Bundeswehr', 'bundeswehr-special-fund'],
    ]);
    expect(mine('Das Sondervermögen Infrastruktur umfasst 500 Milliarden Euro.', 'de')).toEqual([]);
    expect(mine('The Bundeswehr special fund is almost spent. Het speciaal fonds voor de Bundeswehr is op.', 'en')).toEqual([
      ['Bundeswehr special fund', 'bundeswehr-special-fund'],
      ['speciaal fonds voor de Bundeswehr', 'bundeswehr-special-fund'],
    ]);
  });

  it("finds France's military programming law, and LPM only on French pages", () => {
    expect(mine('La loi de programmation militaire prévoit 413 milliards ; la LPM sera révisée.', 'fr')).toEqual([
      ['loi de programmation militaire', 'french-military-programming-law'],
      ['LPM', 'french-military-programming-law'],
    ]);
    expect(mine('The pump delivers 40 LPM. Frankrijk verhoogt de LPM.', 'en')).toEqual([]);
    expect(mine('De pomp levert 40 LPM.', 'nl')).toEqual([]);
  });
});
