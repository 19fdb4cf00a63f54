// prototype: forms as compact lines expanded to JSON natively; given names as a JSON array
import { writeFileSync } from 'node:fs';
import { compileFromSources } from '../src/node/kb-sources';
import { toIndex } from '../src/kb/compile';
import { encodeIndex, indexJson } from '../src/kb/kb-files';
const idx = toIndex(compileFromSources());
const file = encodeIndex(idx) as unknown as Record<string, unknown>;
const KIND: Record<string, string> = { name: 'n', surname: 's', head: 'h', role: 'r' };
// line: key|entry|kindletter|upper|extra-json
const lines = idx.forms.map((f) => `${f.key}|${f.entry}|${KIND[f.kind]}|${f.upper}|${f.joins !== undefined ? `,"joins":${JSON.stringify(f.joins)}` : ''}${f.langs ? `,"langs":["${f.langs[0]}"]` : ''}`);
const v3 = { ...file, formLines: lines.join('\n') + '\n', givenList: idx.givenNames };
for (const k of ['formKeys', 'formCounts', 'formKinds', 'formUpper', 'formLangs', 'formJoins', 'givenNames']) delete (v3 as Record<string, unknown>)[k];
writeFileSync('/tmp/speed/v3.json', indexJson(v3 as never));
console.log(JSON.stringify(v3).length, (v3.formLines as string).length);
