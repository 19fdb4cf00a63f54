import { describe, expect, it } from 'vitest';
import { collectText, rangeFor } from '../../src/core/text/text-model';
import { domFrom } from './helpers';

describe('collectText', () => {
  it('collapses whitespace, separates blocks by a blank line and maps offsets back to the DOM', () => {
    const doc = domFrom(`<div id="a"><h2>  Kop   </h2>
      <p>Eerste   <b>vette</b>
        zin.</p><ul><li>een</li><li>twee</li></ul><p>Met&nbsp;nbsp</p></div>`);
    const model = collectText([doc.getElementById('a')!]);
    expect(model.text).toBe('Kop\n\nEerste vette zin.\n\neen\n\ntwee\n\nMet\u00a0nbsp');
    for (const word of ['Kop', 'vette', 'zin.', 'twee', 'nbsp', 'Eerste vette zin']) {
      const start = model.text.indexOf(word);
      expect(
        rangeFor(model, start, start + word.length, doc)!
          .toString()
          .replace(/\s+/g, ' '),
      ).toBe(word);
    }
    expect(model.blocks.map((b) => model.text.slice(b, b + 3))).toEqual(['Kop', 'Eer', 'een', 'twe', 'Met']);
  });

  it('leaves out scripts, controls, hidden and editable content, and what skip() rejects', () => {
    const doc = domFrom(`<div id="a"><p>Zichtbaar</p><script>var x</script><p hidden>verborgen</p>
      <textarea>invoer</textarea><div contenteditable="true">bewerkbaar</div><p class="skip">weg</p></div>`);
    const model = collectText([doc.getElementById('a')!], { skip: (el) => el.classList.contains('skip') });
    expect(model.text).toBe('Zichtbaar');
  });
});
