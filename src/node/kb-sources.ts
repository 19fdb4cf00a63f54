/**
 * Node-only: reads and validates the knowledge-base source files in `src/kb/data/`.
 * Used by the build step, the `explain` CLI, the report and tests; the extension never sees
 * the sources, only the compiled knowledge base.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KbSourceFile } from '../kb/schema';
import type { CompiledKb } from '../kb/compiled';
import { compileKb } from '../kb/compile';
import { formatProblem, validateAcrossFiles, validateSourceFile, type KbProblem } from '../kb/validate';

export const KB_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../kb/data');

export interface LoadedSources {
  files: { file: string; data: KbSourceFile }[];
  problems: KbProblem[];
}

/** Parse and validate every `*.json` in `dir`; never throws on bad data, it reports it. */
export function readSources(dir = KB_DATA_DIR): LoadedSources {
  const files: LoadedSources['files'] = [];
  const problems: KbProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      problems.push({ file: name, entry: '-', field: '-', message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const fileProblems = validateSourceFile(name, data);
    problems.push(...fileProblems);
    if (fileProblems.length === 0) files.push({ file: name, data: data as KbSourceFile });
  }
  problems.push(...validateAcrossFiles(files));
  return { files, problems };
}

/** Like {@link readSources} but throws one error listing every problem: for build steps. */
export function readValidSources(dir = KB_DATA_DIR): KbSourceFile[] {
  const { files, problems } = readSources(dir);
  if (problems.length > 0)
    throw new Error(`knowledge base has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  return files.map((f) => f.data);
}

/** The given-name lexicon (see scripts/build-given-names.mjs for its source and licence). */
export function readGivenNames(): string[] {
  const file = join(KB_DATA_DIR, '../names/given-names.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { names: Record<string, string[]> };
  return Object.values(data.names).flat();
}

/** The compiled knowledge base from the sources: what the build writes and what the CLI uses. */
export function compileFromSources(dir?: string): CompiledKb {
  return compileKb(readValidSources(dir), readGivenNames());
}
