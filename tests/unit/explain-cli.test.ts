import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from './helpers';

/** The `explain` command as a user runs it: its JSON Lines are the contract in ../shared/design/explain-cli.md. */
function explain(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/explain.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GLOSS_KB_DIR: resolve(ROOT, 'tests/fixtures/kb-mini') },
  });
  return {
    status: run.status,
    lines: run.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

// Each test starts a Node process that compiles the knowledge base: slow on a busy machine.
describe('explain --json (the CLI contract)', { timeout: 60_000 }, () => {
  it('writes one object per file, in order, with an error object for a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-explain-'));
    const text = join(dir, 'a.txt');
    writeFileSync(text, 'NAVO-chef Jens Stoltenberg sprak met Poetin.\r\nDaarna niets.');
    const { status, lines } = explain('--json', '--text', '--lang', 'nl', '--date', '2022-04-06', text, join(dir, 'missing.txt'));
    expect(status).toBe(1);
    expect(lines).toHaveLength(2);
    const [out, failed] = lines;
    expect(out.file).toBe(text);
    expect(out.article).toMatchObject({ found: true, lang: 'nl', published: '2022-04-06' });
    expect(out.article.text).not.toContain('\r');
    for (const m of out.mentions) expect(out.article.text.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions.find((m: { text: string }) => m.text === 'Jens Stoltenberg')?.entity).toMatchObject({
      id: 'jens-stoltenberg',
      name: 'Jens Stoltenberg',
    });
    expect(failed.file).toContain('missing.txt');
    expect(typeof failed.error).toBe('string');
  });

  it('reads a saved page: article, language, date, offsets into the article text, timings', () => {
    const { status, lines } = explain('--json', resolve(SHARED, 'fixtures/seed-article-nl.html'));
    expect(status).toBe(0);
    const [out] = lines;
    expect(out.article).toMatchObject({ found: true, lang: 'nl', published: '2022-04-06T03:00:00+02:00' });
    expect(out.mentions.length).toBeGreaterThan(10);
    for (const m of out.mentions) {
      expect(out.article.text.slice(m.start, m.end)).toBe(m.text);
      expect(['person', 'term', 'history', 'place', 'org']).toContain(m.category);
      expect(['kb', 'inferred']).toContain(m.source);
    }
    expect(Object.keys(out.timings_ms)).toEqual(expect.arrayContaining(['detect', 'recognise']));
  });
});
