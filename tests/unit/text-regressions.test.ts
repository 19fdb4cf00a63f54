/**
 * Bugs the property-based tests (fuzz.test.ts) found in the text model and the wrapper layer,
 * pinned as plain examples.
 */
import { describe, expect, it } from 'vitest';
import { createWrapperLayer } from '../../src/content/highlight/wrapper-layer';
import type { Mention } from '../../src/core/recognise/mention';
import { collectText, type TextModel } from '../../src/core/text/text-model';
import { domFrom } from './helpers';

/** A mention of the first occurrence of `text` in the model. */
function mentionOf(model: TextModel, text: string): Mention {
  const start = model.text.indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  return {
    text,
    start,
    end: start + text.length,
    category: 'person',
    entityId: 'x',
    confidence: 1,
    source: 'kb',
    salience: 'normal',
  };
}

describe('the text model', () => {
  it('leaves out every editable element: contenteditable is "", "true" or "plaintext-only", in any case', () => {
    const doc = domFrom(`<div id="a"><p>Lees dit.</p><p contenteditable="plaintext-only">Jens Stoltenberg</p>
      <p contenteditable="TRUE">Poetin</p><p contenteditable="False">NAVO</p><p contenteditable="bogus">NATO</p></div>`);
    // "false" and invalid values are not editable (an invalid value inherits: here, not editable).
    expect(collectText([doc.getElementById('a')!]).text).toBe('Lees dit.\n\nNAVO\n\nNATO');
  });
});

describe('the wrapper layer', () => {
  it('wraps only collected text: a <style>, <script> or hidden text inside a mention stays as it is', () => {
    const doc = domFrom(
      `<p id="a">Jens<style>p { color: red }</style><script>var x = 1</script><span hidden> niet </span> Stoltenberg sprak.</p>`,
    );
    const root = doc.getElementById('a')!;
    const before = root.innerHTML;
    const model = collectText([root]);
    expect(model.text).toBe('Jens Stoltenberg sprak.');
    const layer = createWrapperLayer(doc, model, [mentionOf(model, 'Jens Stoltenberg')]);
    // The style keeps its rules (a <gloss-mark> inside it would take them out of the sheet).
    expect(root.querySelector('style')!.childNodes[0]!.nodeType).toBe(3);
    expect(root.querySelector('script')!.childNodes[0]!.nodeType).toBe(3);
    expect(root.querySelector('span[hidden] gloss-mark')).toBeNull();
    expect(Array.from(root.querySelectorAll('gloss-mark')).map((m) => m.textContent)).toEqual(['Jens', ' Stoltenberg']);
    layer.destroy();
    expect(root.innerHTML).toBe(before);
  });

  it("gives back the page's own text nodes: adjacent and empty ones survive, splits merge into their origin", () => {
    const doc = domFrom('<p id="a"></p>');
    const p = doc.getElementById('a')!;
    // What a framework renders for `{name} zei {quote}`: separate text nodes it keeps references to.
    const nodes = ['Jens Stoltenberg', ' zei dat ', '', 'Poetin en Zelensky', ' praten.'].map((t) => doc.createTextNode(t));
    p.append(...nodes);
    const model = collectText([p]);
    const layer = createWrapperLayer(
      doc,
      model,
      ['Jens Stoltenberg', 'Poetin', 'Zelensky'].map((t) => mentionOf(model, t)),
    );
    expect(p.querySelectorAll('gloss-mark').length).toBe(3);
    layer.destroy();
    expect(Array.from(p.childNodes)).toEqual(nodes);
    expect(nodes.map((n) => n.data)).toEqual(['Jens Stoltenberg', ' zei dat ', '', 'Poetin en Zelensky', ' praten.']);
    // The framework's later update still reaches the page.
    nodes[3]!.data = 'Rutte';
    expect(p.textContent).toBe('Jens Stoltenberg zei dat Rutte praten.');
  });
});
