import { ContentError } from '../../shared/content/contentError';
import { countStartTags } from '../../content/countStartTags';
import type { ThreadFormat } from '../../shared/schema';
import { MAX_COMMENT_ELEMENTS } from '../importLimits';
import { lineBreaksToParagraphs } from './lineBreaksToParagraphs';
import { flattenParagraphs } from './flattenParagraphs';
import { sanitizeCommentMarkup } from './sanitizeCommentHtml';
import { sanitizedHtmlToText } from './sanitizedHtmlToText';
import { stripControlCharacters } from './stripControlCharacters';
import { paragraphsToHtml, textParagraphs } from './textToParagraphs';

export interface CommentBody {
  html: string;
  text: string;
}

// Text without a tag or a character reference is read as plain text; only the rest goes through the sanitizer.
export const hasMarkup = (raw: string): boolean => /[<&]/.test(raw);

// The markup the sanitizer is given: WordPress keeps bare line breaks where other sources write paragraphs.
export const markupToSanitize = (raw: string, format: ThreadFormat): string =>
  format === 'wxr' ? lineBreaksToParagraphs(raw) : raw;

// Sanitized HTML and its plain text, of a size the app can draw.
export function commentBody(raw: string, format: ThreadFormat): CommentBody {
  const { elements, ...body } = readBody(raw, format);
  // The app draws each comment whole; a million elements in one froze its window for a minute.
  if (elements > MAX_COMMENT_ELEMENTS) {
    throw new ContentError(
      `it has a comment of more than ${MAX_COMMENT_ELEMENTS} HTML elements, which no blog allows`,
      'comment-too-big',
      { limit: MAX_COMMENT_ELEMENTS },
    );
  }
  return body;
}

// Text without markup skips the HTML parsers, which are most of an import's time. Elements are counted as the
// source has them, before empty paragraphs are dropped.
function readBody(raw: string, format: ThreadFormat): CommentBody & { elements: number } {
  if (!hasMarkup(raw)) {
    const paragraphs = textParagraphs(stripControlCharacters(raw));
    const html = paragraphsToHtml(paragraphs);
    return { html, text: paragraphs.map((lines) => lines.join('\n')).join('\n\n'), elements: countStartTags(html) };
  }
  const markup = sanitizeCommentMarkup(markupToSanitize(raw, format));
  const html = flattenParagraphs(markup).trim();
  return { html, text: sanitizedHtmlToText(html), elements: countStartTags(markup) };
}
