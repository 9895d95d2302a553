import { DOMParser } from '@tiptap/pm/model';
import sanitizeHtml from 'sanitize-html';
import type { Doc } from '../shared/schema';
import { autoParagraphs, needsAutoParagraphs } from './autoParagraphs';
import { bodySchema } from '../shared/content/bodySchema';
import { ContentError } from '../shared/content/contentError';
import { countStartTags } from './countStartTags';
import { importAllowList } from './importAllowList';
import { refuseDeepMarkup } from './markupDepth';
import { nestedHtmlTree } from './nestedHtmlTree';
import { parseHtmlBody } from '../dom/htmlDom';
import { validateParsedDoc } from '../shared/content/validateDoc';

// ProseMirror walks siblings through happy-dom's nextSibling, which searches the parent's children every time, so
// the walk grows with the square of the element count: far more elements than any post has are refused.
export const MAX_BODY_ELEMENTS = 10_000;

export type ParsableNode = Parameters<DOMParser['parse']>[0];

// Imported or pasted HTML cut down to what a post body may hold, with paragraphs where the source had blank lines.
export function structuredBodyHtml(html: string): string {
  refuseDeepMarkup(html);
  const sanitized = sanitizeHtml(html, importAllowList);
  const structured = needsAutoParagraphs(sanitized) ? autoParagraphs(sanitized) : sanitized;
  if (countStartTags(structured) > MAX_BODY_ELEMENTS) {
    throw new ContentError(`The post body has more than ${MAX_BODY_ELEMENTS} elements`, 'post-too-big', {
      limit: MAX_BODY_ELEMENTS,
    });
  }
  return structured;
}

// Plainly nested markup (nearly every post) is read from htmlparser2's tree; only markup that needs HTML's repair
// rules goes through the DOM emulator, which builds the tree a browser would.
export const bodyTreeOf = (html: string): ParsableNode =>
  (nestedHtmlTree(html) as unknown as ParsableNode | null) ?? parseHtmlBody(html);

export function docFromBodyTree(body: ParsableNode): Doc {
  return validateParsedDoc(DOMParser.fromSchema(bodySchema()).parse(body));
}

// Turns imported or pasted HTML (a WordPress post's content:encoded, a Blogger entry) into a post body.
export function htmlToDoc(html: string): Doc {
  return docFromBodyTree(bodyTreeOf(structuredBodyHtml(html)));
}
