import type { ArticleMetadata } from './metadata';
export interface CheapRoot {
  root: Element;
  skip: (el: Element) => boolean;
  method: 'json-ld' | 'rules';
  reason: string;
}
export function cheapRoot(_doc: Document, _metadata: ArticleMetadata): CheapRoot | null {
  return null;
}
