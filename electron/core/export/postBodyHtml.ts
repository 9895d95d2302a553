import { docToHtml } from '../content/docToHtml';
import type { PostFacts } from './postFacts';
import { sanitizeOutput } from './sanitizeOutput';

// The post's body as sanitized HTML; a post with nothing in it has no body at all, not an empty paragraph.
export function postBodyHtml(facts: PostFacts): string {
  return facts.doc.content?.length ? sanitizeOutput(docToHtml(facts.doc, facts.pictureAddress)) : '';
}
