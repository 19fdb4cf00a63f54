/**
 * The heavy half of article detection: Mozilla Readability (run on a clone) and franc-min. Most
 * news pages are settled by their metadata and markup alone, so the content script imports this
 * module only when they are not (a separate chunk, loaded on demand); Node code imports it directly.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { languageFromText } from './language-guess';
import { readabilityRoot } from './readability-root';

export interface HeavyDetectors {
  readabilityRoot: typeof readabilityRoot;
  isProbablyReaderable: (doc: Document) => boolean;
  languageFromText: (text: string) => string | null;
}

export const HEAVY: HeavyDetectors = { readabilityRoot, isProbablyReaderable, languageFromText };
