import { writeFileSync } from 'node:fs';
import { compileFromSources } from '../src/node/kb-sources';
import { toIndex } from '../src/kb/compile';
import { encodeIndex, indexJson } from '../src/kb/kb-files';
const idx = toIndex(compileFromSources());
writeFileSync('/tmp/speed/v2.json', indexJson(encodeIndex(idx)));
writeFileSync('/tmp/speed/v1.json', JSON.stringify(idx));
