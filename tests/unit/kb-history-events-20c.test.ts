import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Twentieth-century events of `src/kb/data/history-events-20c.json` through the real knowledge base:
 * found by the names news uses in each language, and never by the bare place where they happened
 * ("Hiroshima", "Pearl Harbor", "Kursk", "Versailles", "Dunkirk" are places).
 */
const r = realRecogniser();
const IDS = new Set([
  'treaty-of-versailles',
  'russian-revolution',
  'kristallnacht',
  'battle-of-britain',
  'dunkirk-evacuation',
  'attack-on-pearl-harbor',
  'battle-of-kursk',
  'battle-of-the-bulge',
  'atomic-bombings-of-hiroshima-and-nagasaki',
  'bay-of-pigs-invasion',
  'tiananmen-square-massacre',
  'revolutions-of-1989',
  'rwandan-genocide',
  'arab-spring',
  'iranian-revolution',
  'good-friday-agreement',
]);
/** The mentions of this file's entries only (other entries in the sentence are other files' business). */
const mine = (text: string, lang: string, date = '2025-05-01') =>
  mentionIds(r, text, lang, date).filter(([, id]) => id !== null && IDS.has(id));

describe('the world wars and the years between', () => {
  it('finds the Treaty of Versailles', () => {
    expect(mine('Het Verdrag van Versailles vernederde Duitsland; de Vrede van Versailles hield geen stand.', 'nl')).toEqual([
      ['Verdrag van Versailles', 'treaty-of-versailles'],
      ['Vrede van Versailles', 'treaty-of-versailles'],
    ]);
    expect(mine('The Treaty of Versailles was signed in 1919.', 'en')).toEqual([
      ['Treaty of Versailles', 'treaty-of-versailles'],
    ]);
    expect(mine('Der Versailler Vertrag wurde 1919 unterzeichnet.', 'de')).toEqual([
      ['Versailler Vertrag', 'treaty-of-versailles'],
    ]);
    expect(mine('Le traité de Versailles fut signé en 1919.', 'fr')).toEqual([['traité de Versailles', 'treaty-of-versailles']]);
  });

  it('finds the Russian Revolution and the October Revolution', () => {
    expect(mine('De Oktoberrevolutie bracht Lenin aan de macht; de Russische Revolutie veranderde Europa.', 'nl')).toEqual([
      ['Oktoberrevolutie', 'russian-revolution'],
      ['Russische Revolutie', 'russian-revolution'],
    ]);
    expect(mine('After the October Revolution, the Bolshevik Revolution of 1917, came civil war.', 'en')).toEqual([
      ['October Revolution', 'russian-revolution'],
      ['Bolshevik Revolution', 'russian-revolution'],
    ]);
    expect(mine("La révolution d'Octobre a porté Lénine au pouvoir.", 'fr')).toEqual([
      ["révolution d'Octobre", 'russian-revolution'],
    ]);
    expect(mine('Die Oktoberrevolution veränderte Russland.', 'de')).toEqual([['Oktoberrevolution', 'russian-revolution']]);
  });

  it('finds Kristallnacht', () => {
    expect(mine('Op 9 november wordt de Kristallnacht herdacht.', 'nl')).toEqual([['Kristallnacht', 'kristallnacht']]);
    expect(mine('Kristallnacht, the Night of Broken Glass, came in 1938.', 'en')).toEqual([
      ['Kristallnacht', 'kristallnacht'],
      ['Night of Broken Glass', 'kristallnacht'],
    ]);
    expect(mine('Die Reichspogromnacht jährt sich am 9. November.', 'de')).toEqual([['Reichspogromnacht', 'kristallnacht']]);
  });

  it('finds the Battle of Britain and the Dunkirk evacuation', () => {
    expect(mine('Churchill sprak na de Slag om Engeland over "zo weinigen".', 'nl')).toEqual([
      ['Slag om Engeland', 'battle-of-britain'],
    ]);
    expect(mine('The RAF won the Battle of Britain in 1940.', 'en')).toEqual([['Battle of Britain', 'battle-of-britain']]);
    expect(mine("La bataille d'Angleterre a duré tout l'été 1940.", 'fr')).toEqual([
      ["bataille d'Angleterre", 'battle-of-britain'],
    ]);
    expect(mine('Die Luftschlacht um England begann im Juli 1940.', 'de')).toEqual([
      ['Luftschlacht um England', 'battle-of-britain'],
    ]);
    expect(mine('De evacuatie van Duinkerken, Operatie Dynamo, redde het Britse leger.', 'nl')).toEqual([
      ['evacuatie van Duinkerken', 'dunkirk-evacuation'],
      ['Operatie Dynamo', 'dunkirk-evacuation'],
    ]);
    expect(mine('The Dunkirk evacuation saved the British army.', 'en')).toEqual([['Dunkirk evacuation', 'dunkirk-evacuation']]);
  });

  it('finds the attack on Pearl Harbor', () => {
    expect(mine('De aanval op Pearl Harbor trok Amerika de oorlog in.', 'nl')).toEqual([
      ['aanval op Pearl Harbor', 'attack-on-pearl-harbor'],
    ]);
    expect(mine('The attack on Pearl Harbor brought the US into the war.', 'en')).toEqual([
      ['attack on Pearl Harbor', 'attack-on-pearl-harbor'],
    ]);
  });

  it('finds the Battle of Kursk, and not the 2024 incursion', () => {
    expect(mine('De Slag om Koersk in 1943 was een keerpunt.', 'nl')).toEqual([['Slag om Koersk', 'battle-of-kursk']]);
    expect(mine('The Battle of Kursk in 1943 was a turning point.', 'en')).toEqual([['Battle of Kursk', 'battle-of-kursk']]);
    expect(mine('Die Schlacht bei Kursk 1943.', 'de')).toEqual([['Schlacht bei Kursk', 'battle-of-kursk']]);
    expect(mentionIds(r, 'The Battle of Kursk of 1943 is not the Kursk incursion of 2024.', 'en', '2025-05-01')).toEqual([
      ['Battle of Kursk', 'battle-of-kursk'],
      ['Kursk incursion', 'kursk-incursion-2024'],
    ]);
  });

  it('finds the Battle of the Bulge', () => {
    expect(mine('Het Ardennenoffensief begon op 16 december 1944.', 'nl')).toEqual([
      ['Ardennenoffensief', 'battle-of-the-bulge'],
    ]);
    expect(mine('Veterans of the Battle of the Bulge returned to Bastogne.', 'en')).toEqual([
      ['Battle of the Bulge', 'battle-of-the-bulge'],
    ]);
  });

  it('finds the atomic bombings of Hiroshima and Nagasaki', () => {
    expect(mine('De atoombom op Hiroshima viel in 1945; Hiroshima en Nagasaki blijven een waarschuwing.', 'nl')).toEqual([
      ['atoombom op Hiroshima', 'atomic-bombings-of-hiroshima-and-nagasaki'],
      ['Hiroshima en Nagasaki', 'atomic-bombings-of-hiroshima-and-nagasaki'],
    ]);
    expect(mine('Eighty years after the atomic bombing of Hiroshima, Putin threatens nuclear use.', 'en')).toEqual([
      ['atomic bombing of Hiroshima', 'atomic-bombings-of-hiroshima-and-nagasaki'],
    ]);
  });
});

describe('the cold war and after', () => {
  it('finds the Bay of Pigs invasion', () => {
    expect(mine('De invasie in de Varkensbaai in 1961 mislukte.', 'nl')).toEqual([
      ['invasie in de Varkensbaai', 'bay-of-pigs-invasion'],
    ]);
    expect(mine('The Bay of Pigs invasion was a fiasco for Kennedy.', 'en')).toEqual([
      ['Bay of Pigs invasion', 'bay-of-pigs-invasion'],
    ]);
  });

  it('finds the Tiananmen Square massacre, but not the square', () => {
    expect(mine('Het bloedbad op het Tiananmenplein wordt in China verzwegen.', 'nl')).toEqual([
      ['bloedbad op het Tiananmenplein', 'tiananmen-square-massacre'],
    ]);
    expect(mine('The Tiananmen Square massacre of 1989 is censored in China.', 'en')).toEqual([
      ['Tiananmen Square massacre', 'tiananmen-square-massacre'],
    ]);
    expect(mine('Tourists walked across Tiananmen Square. Toeristen op het Tiananmenplein.', 'en')).toEqual([]);
  });

  it('finds the revolutions of 1989', () => {
    expect(mine('De revoluties van 1989 maakten een einde aan het communisme in Oost-Europa.', 'nl')).toEqual([
      ['revoluties van 1989', 'revolutions-of-1989'],
    ]);
    expect(mine('The revolutions of 1989, the Autumn of Nations, ended communist rule.', 'en')).toEqual([
      ['revolutions of 1989', 'revolutions-of-1989'],
      ['Autumn of Nations', 'revolutions-of-1989'],
    ]);
  });

  it('finds the Rwandan genocide', () => {
    expect(mine('De Rwandese genocide kostte in 1994 honderdduizenden levens.', 'nl')).toEqual([
      ['Rwandese genocide', 'rwandan-genocide'],
    ]);
    expect(mine('The Rwandan genocide, the genocide against the Tutsi, began in April 1994.', 'en')).toEqual([
      ['Rwandan genocide', 'rwandan-genocide'],
      ['genocide against the Tutsi', 'rwandan-genocide'],
    ]);
    expect(mine('Le génocide des Tutsi au Rwanda a commencé en avril 1994.', 'fr')).toEqual([
      ['génocide des Tutsi', 'rwandan-genocide'],
    ]);
  });

  it('finds the Arab Spring', () => {
    expect(mine('De Arabische Lente begon in Tunesië.', 'nl')).toEqual([['Arabische Lente', 'arab-spring']]);
    expect(mine('The Arab Spring began in Tunisia.', 'en')).toEqual([['Arab Spring', 'arab-spring']]);
    expect(mine('Der Arabische Frühling begann in Tunesien.', 'de')).toEqual([['Arabische Frühling', 'arab-spring']]);
  });

  it('finds the Iranian Revolution, and leaves the Revolutionary Guards to their own entry', () => {
    expect(mine('De Iraanse Revolutie van 1979, ook Islamitische Revolutie genoemd.', 'nl')).toEqual([
      ['Iraanse Revolutie', 'iranian-revolution'],
      ['Islamitische Revolutie', 'iranian-revolution'],
    ]);
    expect(mine('The Iranian Revolution of 1979 brought Khomeini to power.', 'en')).toEqual([
      ['Iranian Revolution', 'iranian-revolution'],
    ]);
    expect(mine('The Islamic Revolutionary Guard Corps fired missiles.', 'en')).toEqual([]);
  });

  it('finds the Good Friday Agreement', () => {
    expect(mine('Het Goedevrijdagakkoord van 1998 bracht vrede in Noord-Ierland.', 'nl')).toEqual([
      ['Goedevrijdagakkoord', 'good-friday-agreement'],
    ]);
    expect(mine('Brexit put the Good Friday Agreement, also called the Belfast Agreement, at risk.', 'en')).toEqual([
      ['Good Friday Agreement', 'good-friday-agreement'],
      ['Belfast Agreement', 'good-friday-agreement'],
    ]);
    expect(mine("Le Brexit menaçait l'accord du Vendredi saint.", 'fr')).toEqual([
      ['accord du Vendredi saint', 'good-friday-agreement'],
    ]);
    expect(mine('Der Brexit gefährdete das Karfreitagsabkommen.', 'de')).toEqual([
      ['Karfreitagsabkommen', 'good-friday-agreement'],
    ]);
  });
});

describe('a bare place is not the event', () => {
  it('leaves Hiroshima, Pearl Harbor, Versailles, Dunkirk and Kursk alone', () => {
    expect(mine('The G7 leaders met in Hiroshima in 2023.', 'en')).toEqual([]);
    expect(mine('The submarine docked at Pearl Harbor in Hawaii.', 'en')).toEqual([]);
    expect(mine('Macron received the king at Versailles.', 'en')).toEqual([]);
    expect(mine('Ferries sail from Dunkirk to Dover. De veerboot vertrekt uit Duinkerken.', 'en')).toEqual([]);
    expect(mine('Drones struck Kursk overnight.', 'en')).toEqual([]);
    expect(mine('De G7 kwam samen in Hiroshima. Het schip ligt in Pearl Harbor.', 'nl')).toEqual([]);
  });
});
