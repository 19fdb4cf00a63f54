/** `npm run kb:check`: validate every knowledge-base source file and print each problem. */
import { readSources } from '../src/node/kb-sources';
import { formatProblem } from '../src/kb/validate';

const dir = process.argv[2];
const { files, problems } = readSources(dir);
for (const p of problems) console.error(formatProblem(p));
const entries = files.reduce((n, f) => n + f.data.entries.length, 0);
console.log(`${files.length} file(s), ${entries} valid entries, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
