// `npm test`: everything CI checks, in order, stopping at the first failure:
// type-check, lint, formatting, knowledge-base validation, unit tests, build, Chromium e2e,
// then the Firefox build, web-ext lint (0 errors) and the Firefox e2e.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['knowledge base', 'npx', ['tsx', 'scripts/kb-check.ts']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['e2e (Chromium)', 'node', ['--test', '--test-concurrency=1', 'tests/e2e/']],
  ['build (Firefox)', 'npm', ['run', '--silent', 'build:firefox']],
  ['web-ext lint (Firefox)', 'npm', ['run', '--silent', 'lint:firefox']],
  ['e2e (Firefox)', 'node', ['--test', '--test-concurrency=1', 'tests/e2e-firefox/']],
];

ensureChromium();
ensureFirefox();
for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\nall checks passed\nchecks: ${steps.length} passed, 0 failed`);
