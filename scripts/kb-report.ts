/**
 * `npm run --silent kb:report [-- --json]`: what the knowledge base holds. With --json, one object:
 * {"entries", "byCategory", "coverage": {lang: {label, description, explanation}}, "withSources", "peopleWithDatedRoles"}
 * (coverage values are shares from 0 to 1). Without it, a readable table.
 */
import { gzipSync } from 'node:zlib';
import { LANGS, type Entry } from '../src/kb/schema';
import { compileFromSources, readSources } from '../src/node/kb-sources';
import { formatProblem } from '../src/kb/validate';

const { files, problems } = readSources(process.env.GLOSS_KB_DIR);
const entries: Entry[] = files.flatMap((f) => f.data.entries);
const share = (n: number) => (entries.length ? Math.round((n / entries.length) * 1000) / 1000 : 0);
const count = (pred: (e: Entry) => boolean) => entries.filter(pred).length;

const byCategory: Record<string, number> = {};
for (const e of entries) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
const coverage = Object.fromEntries(
  LANGS.map((l) => [
    l,
    {
      label: share(count((e) => !!e.label[l])),
      description: share(count((e) => !!e.description[l])),
      explanation: share(count((e) => !!e.explanation[l])),
    },
  ]),
);
const hasSource = (e: Entry) => Object.keys(e.sources.wikipedia ?? {}).length + (e.sources.official?.length ?? 0) > 0;
const datedRoles = (e: Entry) => (e.facts ?? []).some((f) => f.type === 'role' && (f.start || f.end));
const report = {
  entries: entries.length,
  byCategory,
  coverage,
  withSources: count(hasSource),
  peopleWithDatedRoles: count((e) => e.category === 'person' && datedRoles(e)),
  withWikidata: count((e) => !!e.sources.wikidata),
  files: files.map((f) => ({ file: f.file, entries: f.data.entries.length, reviewed: f.data.reviewed })),
  problems: problems.length,
};

if (process.argv.includes('--json')) console.log(JSON.stringify(report));
else {
  console.log(`Knowledge base: ${report.entries} entries in ${files.length} files, ${report.problems} problem(s)`);
  for (const f of report.files) console.log(`  ${f.file.padEnd(28)} ${String(f.entries).padStart(4)}  reviewed ${f.reviewed}`);
  console.log(
    `\nBy category: ${Object.entries(byCategory)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `With sources: ${report.withSources}; with Wikidata id: ${report.withWikidata}; people with dated roles: ${report.peopleWithDatedRoles}/${byCategory.person ?? 0}`,
  );
  console.log('\nCoverage     label  description  explanation');
  for (const l of LANGS) {
    const c = coverage[l]!;
    console.log(
      `  ${l}       ${c.label.toFixed(2).padStart(5)}  ${c.description.toFixed(2).padStart(11)}  ${c.explanation.toFixed(2).padStart(11)}`,
    );
  }
  if (problems.length && problems.length <= 30) console.log(`\n${problems.map(formatProblem).join('\n')}`);
  if (!problems.length) {
    const json = JSON.stringify(compileFromSources(process.env.GLOSS_KB_DIR));
    console.log(`\nCompiled: ${(json.length / 1024).toFixed(0)} KiB, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzip`);
  }
}
