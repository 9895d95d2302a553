import { htmlToDoc } from '../content/htmlToDoc';
import { textToDoc } from '../shared/content/textToDoc';
import type { Doc } from '../shared/schema';
import { emptyReply, isBlankDoc } from './replyRules';

// A reply given as plain text, or as HTML that goes through the same sanitizer and converter as imported posts.
export function replyDocFrom(input: { text?: string | undefined; html?: string | undefined }): Doc {
  const doc = input.html !== undefined ? htmlToDoc(input.html) : textToDoc(input.text ?? '');
  if (isBlankDoc(doc)) throw emptyReply();
  return doc;
}
