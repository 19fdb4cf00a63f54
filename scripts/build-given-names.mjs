// Regenerates src/kb/names/given-names.json, the given-name lexicon of the name finder, from the
// locale data of @faker-js/faker (MIT licence). Latin-script names only; run after upgrading faker:
//   node scripts/build-given-names.mjs
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

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
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’-]*$/u;

const names = {};
for (const [group, locales] of Object.entries(GROUPS)) {
  const set = new Set();
  for (const l of locales) {
    const fn = allLocales[l]?.person?.first_name;
    if (!fn) continue;
    for (const n of Array.isArray(fn) ? fn : Object.values(fn).flat())
      if (typeof n === 'string' && LATIN.test(n) && n.length > 1) set.add(n);
  }
  names[group] = [...set].sort((a, b) => a.localeCompare(b));
}
const out = {
  source: '@faker-js/faker locale data (person.first_name), MIT licence, https://github.com/faker-js/faker',
  generatedBy: 'scripts/build-given-names.mjs',
  names,
};
writeFileSync('src/kb/names/given-names.json', JSON.stringify(out, null, 0) + '\n');
console.log(
  Object.entries(names)
    .map(([g, l]) => `${g}: ${l.length}`)
    .join(', '),
);
