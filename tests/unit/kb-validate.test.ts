import { describe, expect, it } from 'vitest';
import { formatProblem, validateAcrossFiles, validateSourceFile } from '../../src/kb/validate';
import { readSources } from '../../src/node/kb-sources';

const good = {
  id: 'x-y',
  category: 'term',
  label: { nl: 'x', en: 'x' },
  description: { nl: 'd', en: 'd' },
  explanation: { nl: 'e', en: 'e' },
  sources: { wikipedia: { en: 'X' } },
};

describe('knowledge-base validation', () => {
  it('accepts a well-formed entry', () => {
    expect(validateSourceFile('f.json', { domain: 'd', reviewed: '2025-06', entries: [good] })).toEqual([]);
  });

  it('names the entry and the field of every problem', () => {
    const bad = [
      { ...good, id: 'Bad Id' },
      { ...good, id: 'no-sources', sources: {} },
      { ...good, id: 'person-no-roles', category: 'person' },
      { ...good, id: 'bad-date', facts: [{ type: 'role', role: { en: 'r' }, start: '2014-13' }] },
      { ...good, id: 'no-en', label: { nl: 'x' } },
      { ...good, id: 'own-language', match: { ownLanguage: 'yes' } },
      { ...good, id: 'needs-context', match: { needsContext: ['Wagner'] } },
    ];
    const messages = validateSourceFile('f.json', { domain: 'd', reviewed: '2025-06', entries: bad }).map(formatProblem);
    expect(messages).toEqual([
      'f.json: entry "Bad Id", field id: must be lowercase kebab-case ASCII',
      'f.json: entry "no-sources", field sources: needs at least one Wikipedia title or official text',
      'f.json: entry "person-no-roles", field facts: a person needs dated roles',
      'f.json: entry "bad-date", field facts[0].start: "2014-13" is not YYYY, YYYY-MM or YYYY-MM-DD',
      'f.json: entry "no-en", field label.en: required, non-empty, no surrounding spaces',
      'f.json: entry "own-language", field match.ownLanguage: must be true or false',
      'f.json: entry "needs-context", field match.needsContext: needs match.context',
    ]);
  });

  it('finds duplicate ids and dangling related links across files', () => {
    const f = (entries: unknown[]) => ({ domain: 'd', reviewed: '2025', entries }) as never;
    const problems = validateAcrossFiles([
      { file: 'a.json', data: f([{ ...good, related: ['nowhere'] }]) },
      { file: 'b.json', data: f([good]) },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'b.json: entry "x-y", field id: duplicate id (also in a.json)',
      'a.json: entry "x-y", field related: unknown entry "nowhere"',
    ]);
  });

  it('asks for the id of a predecessor or successor the knowledge base holds, written as its name', () => {
    const f = (entries: unknown[]) => ({ domain: 'd', reviewed: '2025', entries }) as never;
    const role = (predecessor: string) => ({ type: 'role', role: { en: 'r' }, start: '2020', predecessor });
    const problems = validateAcrossFiles([
      {
        file: 'a.json',
        data: f([
          { ...good, facts: [role('x')] },
          { ...good, id: 'z', facts: [role('Someone Else')] },
        ]),
      },
    ]).map(formatProblem);
    expect(problems).toEqual(['a.json: entry "x-y", field facts[0].predecessor: "x" is entry "z": write its id']);
  });

  it('the shipped knowledge base is valid', () => {
    const { problems } = readSources();
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
