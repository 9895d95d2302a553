import { DOMParser } from '@tiptap/pm/model';
import sanitizeHtml from 'sanitize-html';
import type { Doc } from '../shared/schema';
import { autoParagraphs, needsAutoParagraphs } from './autoParagraphs';
import { bodySchema } from '../shared/content/bodySchema';
import { ContentError } from '../shared/content/contentError';
import { countStartTags } from './countStartTags';
import { importAllowList } from './importAllowList';
import { refuseDeepMarkup } from './markupDepth';
import { parseHtmlBody } from '../dom/htmlDom';
import { validateDoc } from '../shared/content/validateDoc';

// ProseMirror walks siblings through happy-dom's nextSibling, which searches the parent's children every time, so
// the walk grows with the square of the element count: far more elements than any post has are refused.
export const MAX_BODY_ELEMENTS = 10_000;

// Turns imported or pasted HTML (a WordPress post's content:encoded, a Blogger entry) into a post body.
export function htmlToDoc(html: string): Doc {
  refuseDeepMarkup(html);
  const sanitized = sanitizeHtml(html, importAllowList);
  const structured = needsAutoParagraphs(sanitized) ? autoParagraphs(sanitized) : sanitized;
  if (countStartTags(structured) > MAX_BODY_ELEMENTS) {
    throw new ContentError(`The post body has more than ${MAX_BODY_ELEMENTS} elements`, 'post-too-big', {
      limit: MAX_BODY_ELEMENTS,
    });
  }
  const json: unknown = DOMParser.fromSchema(bodySchema()).parse(parseHtmlBody(structured)).toJSON();
  return validateDoc(json);
}
