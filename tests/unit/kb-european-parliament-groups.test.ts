import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/** The European Parliament's groups (`src/kb/data/european-parliament-groups.json`) through the real knowledge base. */
describe('groups of the European Parliament (european-parliament-groups)', () => {
  const r = realRecogniser();
  const orgs = (text: string, lang: string) => mentionIds(r, text, lang, '2025-03-10', 'org');

  it('finds them in Dutch news, and "Europa" inside a group\'s name is no place', () => {
    expect(
      orgs('De EVP steunde het; S&D en Renew Europe aarzelden; de Patriotten voor Europa en de ECR stemden tegen.', 'nl'),
    ).toEqual([
      ['EVP', 'european-peoples-party'],
      ['S&D', 'progressive-alliance-of-socialists-and-democrats'],
      ['Renew Europe', 'renew-europe'],
      ['Patriotten voor Europa', 'patriots-for-europe'],
      ['ECR', 'european-conservatives-and-reformists'],
    ]);
  });

  it('leaves the everyday words alone: English "PPE", "Renew your subscription"', () => {
    expect(orgs('Nurses lacked PPE. Renew your subscription today.', 'en')).toEqual([]);
  });
});
