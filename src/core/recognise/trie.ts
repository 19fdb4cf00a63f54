/**
 * A trie over folded tokens: one walk per text position, whose cost depends on the text and on the
 * longest form, not on how many forms the knowledge base holds.
 */
import type { CompiledForm } from '../../kb/compiled';

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Indexes into the form list of forms that end at this node. */
  forms: number[] | null;
}

const node = (): TrieNode => ({ next: null, forms: null });

export function buildTrie(forms: readonly CompiledForm[], include: (f: CompiledForm) => boolean): TrieNode {
  const root = node();
  forms.forEach((form, i) => {
    if (!include(form)) return;
    let cur = root;
    for (const tok of form.key.split(' ')) {
      cur.next ??= new Map();
      let child = cur.next.get(tok);
      if (!child) cur.next.set(tok, (child = node()));
      cur = child;
    }
    (cur.forms ??= []).push(i);
  });
  return root;
}
