// Regenerates src/kb/names/given-names.json, the given-name lexicon of the name finder, from
//  - the locale data of @faker-js/faker (MIT licence),
//  - a short list written for this project (WRITTEN below), and
//  - the Belgian first-name lists of @zxcvbn-ts/language-nl-be (MIT licence; the package compiled
//    them from Statbel's open data on first names given in Belgium), which bring the Flemish names
//    faker lacks (Geert, Jaak, Jos, Wim, Katrijn, Els, ...).
// Latin-script names only. Run after upgrading either package:
//   node scripts/build-given-names.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const STATBEL = [
  ...require('@zxcvbn-ts/language-nl-be/dist/boysFirstnames.json.js'),
  ...require('@zxcvbn-ts/language-nl-be/dist/girlsFirstnames.json.js'),
];

const GROUPS = {
  nl: ['nl', 'nl_BE'],
  en: ['en', 'en_GB', 'en_US', 'en_AU', 'en_IE', 'en_CA'],
  fr: ['fr', 'fr_BE', 'fr_CH', 'fr_CA'],
  de: ['de', 'de_AT', 'de_CH'],
  other: [
    'it',
    'es',
    'pt_PT',
    'sv',
    'nb_NO',
    'da',
    'fi',
    'cs_CZ',
    'sk',
    'pl',
    'hu',
    'ro',
    'hr',
    'sr_RS_latin',
    'tr',
    'lv',
    'lt',
    'uz_UZ_latin',
  ],
};
// Given names that European news about Britain and Ireland, Ukraine and Russia, the Caucasus and
// the Arab world uses all the time and that the two sources lack (measured on re3d's English defence
// news: "Gareth Bayley", "Sadiq Maroof" were missed). Written for this project from the common
// transliterations; a name is a fact, not anyone's data.
const WRITTEN = [
  'Gareth Rhys Dafydd Alun Gwyn Iain Niall Eoin Ciaran Fergus Alastair Euan Morag Siobhan Aoife Niamh',
  'Sinead Grainne Bronwen Cerys Sian Clive Rishi Priti Sajid Kemi Keir Kwasi Nadhim Suella Geraint Emyr',
  'Owain Ieuan Carwyn Anneliese Shabana Kirsty Humza',
  'Sadiq Tariq Faisal Bashar Haider Fuad Qasim Masoud Osama Naji Hadi Rafiq Ghassan Hosni Mevlut Hussain',
  'Khaled Majid Saeed Zayed Tamim Hamad Nayef',
  'Sergei Sergey Dmitry Dmitri Dmytro Mikhail Mykhailo Alexei Aleksei Oleksiy Oleksii Yevgeny Yevgeniy',
  'Yevhen Vyacheslav Valery Valeriy Vitaly Vitaliy Vitali Yury Yuriy Anatoly Anatoliy Gennady Kirill',
  'Kyrylo Kostiantyn Mykola Pyotr Petro Denys Oleh Ihor Andriy Andrii Andrey Oleksandr Aleksandr',
  'Volodymyr Yulia Yuliia Iryna Olena Tetiana Svitlana Nataliya Oksana Lyudmila Liudmyla Rustem Ramzan',
  'Vadym Serhiy Serhii Pavlo Artem Mikheil Irakli Levan Giorgi Zurab Tinatin',
  // Dutch and Frisian names the Belgian lists lack ("Henk Kamp", "Ruud Lubbers", "Dolf van den Brink").
  'Dolf Annemieke Ruud Henk Hanneke Sybrand Wopke Ank Jeanine Halbe Reinette Geertje Wieteke Tjeerd',
  'Wybren Frits Ymkje Willemijn Jaap Tjitske Hilde Joop Hennie',
  // Found missing by reading written Dutch political news (2026-11-30): "Nicolien van Vroonhoven".
  'Nicolien Mariëlle Marielle Hanke Lilianne Attje Kati Lianne Jikke Sytske Derk Dick',
  // Baltic, Nordic, Polish, Czech, Balkan and Greek names of leaders in security news.
  'Sauli Alar Gitanas Evika Krisjanis Arvydas Ramunas Radoslaw Wladyslaw Zbigniew Jaroslaw Milos',
  'Nicusor Kostas Kyriakos Nikos Boyko Rumen Ilir Vjosa Hashim Kajsa',
  // English short forms and names of US public life and sport; Finnish and Russian names of players
  // (found missing by reading saved 2019 news pages).
  'Zach Zack Shaq Herb Beto Kanye Deval Saeb Tova Montell Ghislaine Kristinn Jakub Sui-Lee',
  'Tuukka Joonas Artturi Teemu Jussi Mikko Antti Jukka Pekka Kimi Valtteri Aleksander Semyon Evgenii Evgeni',
  'Eckart Eckhard Eckhart Pascual Walther Funke Truman',
  // Found missing by reading news of the twelfth session: Iranian, Israeli, South Asian, Sahel,
  // Latin American, Belarusian, Icelandic and US names ("Sadegh Larijani", "Hanns Martin Schleyer").
  'Hanns Sadegh Mojtaba Ebrahim Esmail Hossein Javad Abbas Yair Itamar Bezalel Herzi Naftali Avigdor',
  'Ehud Yitzhak Tzipi Uri Jozias Assimi Abdourahamane Nayib Edmundo Tedros Ajay Narendra Shehbaz Asim',
  'Nawaz Yasar Sviatlana Alyaksandr Kristrun Kamala Kash Tulsi Valdis',
]
  .join(' ')
  .split(' ');
const EXTRA = { nl: STATBEL, other: WRITTEN };
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’-]*$/u;

// Entries of those lists that are far more often an ordinary word (Dutch, English, French, German)
// or a place than a given name in news text: written by hand for this project. Names that are also
// common words but are frequent given names (An, Elke, Storm, Lot) stay in; the name finder does
// not take them as given names at the start of a sentence (see AMBIGUOUS_GIVEN in name-cues.ts).
const NOT_GIVEN = new Set(
  [
    'van von de den der del la le el al da do di du is in on of at so no to as be we he me',
    'door onder even dag anders oke oma opa bende muren reis haven kende landen jaren lui bek per',
    'constant amen baby king brown sir free scout lovely heavenly fee lente trui nette helder mill',
    'sultan winter maan steen diaz doha mali china india georgia israel kenya chad novi',
    'york paris london berlin sydney brooklyn boston dallas phoenix austin denver houston camden',
    'page black white green grey gray young long hall court royal sierra rio monte nova santa virgin sieg',
    'lexus dell rover skipped ford georgian',
    // English words that faker's locale lists carry as given names (found reading the name finder's
    // output on saved English pages: "Analyzing a Server Log", "New Price Drop", "Mossy Stone Bricks",
    // "Understand How Your Own Brain Works"); real given names that are also words (Chase, Grant,
    // Summer, Art, River) stay and count as ambiguous.
    'can said name fine job idea alone aren mine chance sister gun line till beat general buddy floor',
    'brain tea judge queen joke christ mate heaven price innocent nine kick sky stone justice princess',
    'lies forest golden dies miracle pie trace bay unique loan tone lion diamond bars noble mile toy',
    'nail loyal pit alpha jet divine blessing marine vital lean era ties martial bent dock tore',
    'sincere modest delta lone server valid ransom mare oral arch emerald gala ave rim mace arcade',
    'genesis peer prosper conception saber ante sever riff lyric prune nil castor jazz meta islam',
    'america german france florida missouri montana vienna cleveland columbus wellington reno',
  ]
    .join(' ')
    .split(' '),
);
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** "jean-luc" -> "Jean-Luc": the Statbel lists are lowercase. */
const title = (s) => s.replace(/(^|[-'’\s])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());

const names = {};
for (const [group, locales] of Object.entries(GROUPS)) {
  const set = new Set();
  const add = (n) => {
    if (typeof n === 'string' && LATIN.test(n) && n.length > 1 && !NOT_GIVEN.has(fold(n))) set.add(n);
  };
  for (const l of locales) {
    const fn = allLocales[l]?.person?.first_name;
    if (!fn) continue;
    for (const n of Array.isArray(fn) ? fn : Object.values(fn).flat()) add(n);
  }
  for (const n of EXTRA[group] ?? []) add(title(n));
  names[group] = [...set].sort((a, b) => a.localeCompare(b));
}
const out = {
  source:
    '@faker-js/faker locale data (person.first_name), MIT licence, https://github.com/faker-js/faker; ' +
    '@zxcvbn-ts/language-nl-be first names (Statbel open data), MIT licence, https://github.com/zxcvbn-ts/zxcvbn; ' +
    'and a short list written for this project (scripts/build-given-names.mjs, WRITTEN)',
  generatedBy: 'scripts/build-given-names.mjs',
  names,
};
writeFileSync('src/kb/names/given-names.json', JSON.stringify(out, null, 0) + '\n');
console.log(
  Object.entries(names)
    .map(([g, l]) => `${g}: ${l.length}`)
    .join(', '),
);
