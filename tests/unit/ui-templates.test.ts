import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { fillTemplate, isTemplates, SLOT_MARKERS, templatesOf } from '../../src/shared/ui-templates';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `i18n.getMessage` as the browsers document it: named placeholders ($NAME$) take their content,
 * "$1".."$9" take the substitutions, "$$" is a dollar sign.
 */
function getMessageOf(messages: Messages) {
  return (key: string, subs: string[] = []): string => {
    const m = messages[key];
    if (!m) return '';
    const sub = (s: string) => s.replace(/\$(\$|[1-9])/g, (_, x: string) => (x === '$' ? '$' : (subs[Number(x) - 1] ?? '')));
    return sub(
      m.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
        const p = m.placeholders?.[name.toLowerCase()];
        return p ? p.content : '';
      }),
    );
  };
}

describe('UI message templates', () => {
  const getMessage = getMessageOf(en as Messages);
  const templates = templatesOf(Object.keys(en), getMessage);

  it('gives every message as the browser would, with and without substitutions', () => {
    for (const key of Object.keys(en)) {
      expect(fillTemplate(templates[key]!)).toBe(getMessage(key));
      expect(fillTemplate(templates[key]!, ['Jens Stoltenberg', 'NATO chief'])).toBe(
        getMessage(key, ['Jens Stoltenberg', 'NATO chief']),
      );
    }
    expect(fillTemplate(templates.mentionCount!, ['3'])).toBe('3 mentions');
  });

  it('keeps dollar signs and markers-like text of the substitutions as they are', () => {
    expect(fillTemplate(`Explain ${SLOT_MARKERS[0]}`, ['$1 and \u00012'])).toBe('Explain $1 and \u00012');
    expect(fillTemplate(`${SLOT_MARKERS[1]} / ${SLOT_MARKERS[0]}`, ['a', 'b'])).toBe('b / a');
  });

  it('leaves out keys the browser has no message for', () => {
    expect(templatesOf(['mentionCount', 'noSuchKey'], getMessage)).toEqual({ mentionCount: `${SLOT_MARKERS[0]} mentions` });
  });

  it('accepts only a bounded table of strings', () => {
    expect(isTemplates(templates)).toBe(true);
    expect(isTemplates(null)).toBe(false);
    expect(isTemplates(['a'])).toBe(false);
    expect(isTemplates({ a: 1 })).toBe(false);
    expect(isTemplates({ a: 'x'.repeat(5000) })).toBe(false);
    expect(isTemplates(Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, 'x'])))).toBe(false);
  });
});
