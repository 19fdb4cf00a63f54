/**
 * `npm run kb:build` (also the first step of `npm run build`): validate the knowledge-base sources
 * and write the compiled knowledge base to `public/kb/kb.json`, which the extension bundles.
 * A malformed entry fails here, with a message naming the file, entry and field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileFromSources } from '../src/node/kb-sources';

try {
  const kb = compileFromSources(process.env.GLOSS_KB_DIR);
  const json = JSON.stringify(kb);
  mkdirSync('public/kb', { recursive: true });
  writeFileSync('public/kb/kb.json', json);
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `kb: ${kb.entries.length} entries, ${kb.forms.length} forms -> public/kb/kb.json (${kib(json.length)}, ${kib(gzipSync(json).length)} gzip)`,
  );
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
