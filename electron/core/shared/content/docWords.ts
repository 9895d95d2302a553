import type { Doc } from '../schema';
import { docText } from './docText';
import { countWords } from './wordCount';

// A body's word count, as it is stored with the post when the body is saved.
export const docWords = (doc: Doc): number => countWords(docText(doc));
