import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Twentieth- and early twenty-first-century wars of `src/kb/data/history-wars-20c.json` through the
 * real knowledge base: found by the names news uses in each language, and kept off the bare places
 * they are named after ("Vietnam", "Iraq", "Korea", "the Falklands").
 */
const r = realRecogniser();
const IDS = new Set([
  'first-world-war',
  'korean-war',
  'vietnam-war',
  'gulf-war',
  'iraq-war',
  'war-in-afghanistan',
  'suez-crisis',
  'six-day-war',
  'yom-kippur-war',
  'falklands-war',
  'iran-iraq-war',
  'spanish-civil-war',
  'algerian-war',
  'syrian-civil-war',
]);
/** The mentions of this file's entries only (other entries in the sentence are other files' business). */
const mine = (text: string, lang: string, date = '2025-05-01') =>
  mentionIds(r, text, lang, date).filter(([, id]) => id !== null && IDS.has(id));
const all = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01');

describe('the First World War', () => {
  it('finds it in four languages and by its abbreviations', () => {
    expect(mine('A century after the First World War, WWI and WW1 still shape how we remember the Great War.', 'en')).toEqual([
      ['First World War', 'first-world-war'],
      ['WWI', 'first-world-war'],
      ['WW1', 'first-world-war'],
      ['Great War', 'first-world-war'],
    ]);
    expect(mine('In Ieper herdenkt men de Eerste Wereldoorlog; in België heet WOI de Grote Oorlog.', 'nl')).toEqual([
      ['Eerste Wereldoorlog', 'first-world-war'],
      ['WOI', 'first-world-war'],
      ['Grote Oorlog', 'first-world-war'],
    ]);
    expect(mine('La Première Guerre mondiale, la Grande Guerre, a fait des millions de morts.', 'fr')).toEqual([
      ['Première Guerre mondiale', 'first-world-war'],
      ['Grande Guerre', 'first-world-war'],
    ]);
    expect(mine('Der Erste Weltkrieg begann 1914; nach dem Ersten Weltkrieg kam Versailles.', 'de')).toEqual([
      ['Erste Weltkrieg', 'first-world-war'],
      ['Ersten Weltkrieg', 'first-world-war'],
    ]);
  });

  it('does not confuse it with the Second World War', () => {
    expect(all('The first world war ended in 1918, the second world war in 1945.', 'en')).toEqual([
      ['first world war', 'first-world-war'],
      ['second world war', 'second-world-war'],
    ]);
    expect(all('Niet de Tweede Wereldoorlog maar de Eerste Wereldoorlog.', 'nl')).toEqual([
      ['Tweede Wereldoorlog', 'second-world-war'],
      ['Eerste Wereldoorlog', 'first-world-war'],
    ]);
    expect(all('Nach dem Zweiten Weltkrieg, nicht dem Ersten Weltkrieg.', 'de')).toEqual([
      ['Zweiten Weltkrieg', 'second-world-war'],
      ['Ersten Weltkrieg', 'first-world-war'],
    ]);
  });

  it('leaves a lowercase "great war" alone', () => {
    expect(mine('Some fear that a great war is coming.', 'en')).toEqual([]);
  });
});

describe('Cold War wars in Asia', () => {
  it('finds the Korean War, but not Korea', () => {
    expect(mine('The Korean War ended in 1953 with an armistice, so the Korean war never formally ended.', 'en')).toEqual([
      ['Korean War', 'korean-war'],
      ['Korean war', 'korean-war'],
    ]);
    expect(mine('Een bevroren front zoals na de Koreaanse Oorlog. Der Koreakrieg endete 1953.', 'nl')).toEqual([
      ['Koreaanse Oorlog', 'korean-war'],
      ['Koreakrieg', 'korean-war'],
    ]);
    expect(mine('Korea is still divided. Korea blijft verdeeld.', 'en')).toEqual([]);
  });

  it('finds the Vietnam War in four languages, but not Vietnam', () => {
    expect(mine('Afghanistan was compared with the Vietnam War; the Vietnam war ended in 1975.', 'en')).toEqual([
      ['Vietnam War', 'vietnam-war'],
      ['Vietnam war', 'vietnam-war'],
    ]);
    expect(mine('De Vietnamoorlog verdeelde Amerika.', 'nl')).toEqual([['Vietnamoorlog', 'vietnam-war']]);
    expect(mine('La guerre du Vietnam, ou guerre du Viêt Nam, a pris fin en 1975.', 'fr')).toEqual([
      ['guerre du Vietnam', 'vietnam-war'],
      ['guerre du Viêt Nam', 'vietnam-war'],
    ]);
    expect(mine('Der Vietnamkrieg prägte eine Generation.', 'de')).toEqual([['Vietnamkrieg', 'vietnam-war']]);
    expect(mine('He visited Vietnam last year. Hij reisde naar Vietnam.', 'en')).toEqual([]);
  });
});

describe('wars in the Gulf', () => {
  it('finds the 1990-1991 Gulf War and Operation Desert Storm', () => {
    expect(mine('In the Gulf War, Operation Desert Storm began in January 1991.', 'en')).toEqual([
      ['Gulf War', 'gulf-war'],
      ['Operation Desert Storm', 'gulf-war'],
    ]);
    expect(mine('In de Golfoorlog werd Koeweit bevrijd.', 'nl')).toEqual([['Golfoorlog', 'gulf-war']]);
    expect(mine('La guerre du Golfe a libéré le Koweït.', 'fr')).toEqual([['guerre du Golfe', 'gulf-war']]);
  });

  it('tells the German first, second and third Gulf wars apart', () => {
    expect(mine('Der Erste Golfkrieg, der Zweite Golfkrieg und der Dritte Golfkrieg.', 'de')).toEqual([
      ['Erste Golfkrieg', 'iran-iraq-war'],
      ['Zweite Golfkrieg', 'gulf-war'],
      ['Dritte Golfkrieg', 'iraq-war'],
    ]);
  });

  it('finds the Iraq War and the invasion of Iraq, but not Iraq', () => {
    expect(mine('The Iraq War began with the invasion of Iraq in March 2003.', 'en')).toEqual([
      ['Iraq War', 'iraq-war'],
      ['invasion of Iraq', 'iraq-war'],
    ]);
    expect(mine('De Irakoorlog begon met de invasie van Irak.', 'nl')).toEqual([
      ['Irakoorlog', 'iraq-war'],
      ['invasie van Irak', 'iraq-war'],
    ]);
    expect(mine("La guerre d'Irak a divisé l'OTAN. Der Irakkrieg spaltete die NATO.", 'fr')).toEqual([
      ["guerre d'Irak", 'iraq-war'],
      ['Irakkrieg', 'iraq-war'],
    ]);
    expect(all('Iraq is still unstable.', 'en')).toEqual([['Iraq', 'iraq']]);
    expect(all('Irak is nog altijd instabiel.', 'nl')).toEqual([['Irak', 'iraq']]);
  });

  it('finds the Iran-Iraq War as one war, not as the Iraq War', () => {
    expect(mine('The Iran-Iraq War lasted eight years.', 'en')).toEqual([['Iran-Iraq War', 'iran-iraq-war']]);
    // Written with an en dash, as style guides join two names: still one war (`gaps.ts`).
    expect(mine('The Iran\u2013Iraq War lasted eight years.', 'en')).toEqual([['Iran\u2013Iraq War', 'iran-iraq-war']]);
    expect(mine('De Iran-Irakoorlog duurde acht jaar.', 'nl')).toEqual([['Iran-Irakoorlog', 'iran-iraq-war']]);
    expect(mine('Der Iran-Irak-Krieg dauerte acht Jahre.', 'de')).toEqual([['Iran-Irak-Krieg', 'iran-iraq-war']]);
  });
});

describe('the war in Afghanistan', () => {
  it('finds it, next to ISAF and the fall of Kabul, and apart from the Soviet war', () => {
    expect(
      all(
        'The war in Afghanistan ended with the fall of Kabul; ISAF had left. The Soviet war in Afghanistan ended in 1989.',
        'en',
      ),
    ).toEqual([
      ['war in Afghanistan', 'war-in-afghanistan'],
      ['fall of Kabul', 'fall-of-kabul-2021'],
      ['ISAF', 'isaf'],
      ['Soviet war in Afghanistan', 'soviet-afghan-war'],
    ]);
    expect(mine('Nederlandse militairen vochten in de oorlog in Afghanistan.', 'nl')).toEqual([
      ['oorlog in Afghanistan', 'war-in-afghanistan'],
    ]);
    expect(mine('Der Afghanistankrieg endete im August 2021.', 'de')).toEqual([['Afghanistankrieg', 'war-in-afghanistan']]);
  });
});

describe('Middle East wars of 1956, 1967 and 1973', () => {
  it('finds the Suez Crisis, but not Suez', () => {
    expect(mine('The Suez Crisis of 1956 humiliated Britain. Ships pass through Suez.', 'en')).toEqual([
      ['Suez Crisis', 'suez-crisis'],
    ]);
    expect(mine('Sinds de Suezcrisis wantrouwen Londen en Parijs elkaar.', 'nl')).toEqual([['Suezcrisis', 'suez-crisis']]);
    expect(mine('La crise de Suez a marqué la fin de la puissance britannique.', 'fr')).toEqual([
      ['crise de Suez', 'suez-crisis'],
    ]);
  });

  it('finds the Six-Day War and the Yom Kippur War', () => {
    expect(mine('Israel took the Golan Heights in the Six-Day War and held them in the Yom Kippur War.', 'en')).toEqual([
      ['Six-Day War', 'six-day-war'],
      ['Yom Kippur War', 'yom-kippur-war'],
    ]);
    expect(mine('Na de Zesdaagse Oorlog kwam de Jom Kipoeroorlog.', 'nl')).toEqual([
      ['Zesdaagse Oorlog', 'six-day-war'],
      ['Jom Kipoeroorlog', 'yom-kippur-war'],
    ]);
    expect(mine('La guerre des Six Jours puis la guerre du Kippour.', 'fr')).toEqual([
      ['guerre des Six Jours', 'six-day-war'],
      ['guerre du Kippour', 'yom-kippur-war'],
    ]);
    expect(mine('Der Sechstagekrieg und der Jom-Kippur-Krieg.', 'de')).toEqual([
      ['Sechstagekrieg', 'six-day-war'],
      ['Jom-Kippur-Krieg', 'yom-kippur-war'],
    ]);
  });
});

describe('the Falklands War', () => {
  it('finds the war in four languages', () => {
    expect(mine('Article 5 did not apply in the Falklands War of 1982.', 'en')).toEqual([['Falklands War', 'falklands-war']]);
    expect(mine('De Falklandoorlog duurde tien weken.', 'nl')).toEqual([['Falklandoorlog', 'falklands-war']]);
    expect(mine('La guerre des Malouines a opposé Londres à Buenos Aires.', 'fr')).toEqual([
      ['guerre des Malouines', 'falklands-war'],
    ]);
    expect(mine('Der Falklandkrieg endete im Juni 1982.', 'de')).toEqual([['Falklandkrieg', 'falklands-war']]);
  });

  it('does not take the islands for the war', () => {
    expect(mine('He served on the Falklands. The Falklands are British.', 'en')).toEqual([]);
  });
});

describe('civil wars and wars of independence', () => {
  it('finds the Spanish Civil War', () => {
    expect(mine('Guernica was bombed in the Spanish Civil War.', 'en')).toEqual([['Spanish Civil War', 'spanish-civil-war']]);
    expect(mine('De Spaanse Burgeroorlog begon in 1936.', 'nl')).toEqual([['Spaanse Burgeroorlog', 'spanish-civil-war']]);
    expect(mine("La guerre d'Espagne a commencé en 1936.", 'fr')).toEqual([["guerre d'Espagne", 'spanish-civil-war']]);
    expect(mine('Im Spanischen Bürgerkrieg kämpften Freiwillige.', 'de')).toEqual([
      ['Spanischen Bürgerkrieg', 'spanish-civil-war'],
    ]);
  });

  it('finds the Algerian War', () => {
    expect(mine('The Algerian War ended in 1962.', 'en')).toEqual([['Algerian War', 'algerian-war']]);
    expect(mine('De Algerijnse Oorlog eindigde in 1962.', 'nl')).toEqual([['Algerijnse Oorlog', 'algerian-war']]);
    expect(mine("La guerre d'Algérie pèse encore sur les relations franco-algériennes.", 'fr')).toEqual([
      ["guerre d'Algérie", 'algerian-war'],
    ]);
    expect(mine('Der Algerienkrieg endete 1962.', 'de')).toEqual([['Algerienkrieg', 'algerian-war']]);
  });

  it('finds the Syrian civil war', () => {
    expect(mine('Russia intervened in the Syrian civil war in 2015.', 'en')).toEqual([['Syrian civil war', 'syrian-civil-war']]);
    expect(mine('De Syrische burgeroorlog dreef miljoenen op de vlucht.', 'nl')).toEqual([
      ['Syrische burgeroorlog', 'syrian-civil-war'],
    ]);
    expect(mine('La guerre civile syrienne a commencé en 2011.', 'fr')).toEqual([['guerre civile syrienne', 'syrian-civil-war']]);
    expect(mine('Der syrische Bürgerkrieg begann 2011.', 'de')).toEqual([['syrische Bürgerkrieg', 'syrian-civil-war']]);
  });
});
