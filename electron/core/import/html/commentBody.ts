import { ContentError } from '../../shared/content/contentError';
import { countStartTags } from '../../content/countStartTags';
import type { ThreadFormat } from '../../shared/schema';
import { MAX_COMMENT_ELEMENTS } from '../importLimits';
import { lineBreaksToParagraphs } from './lineBreaksToParagraphs';
import { sanitizeCommentHtml } from './sanitizeCommentHtml';
import { sanitizedHtmlToText } from './sanitizedHtmlToText';
import { stripControlCharacters } from './stripControlCharacters';
import { paragraphsToHtml, textParagraphs } from './textToParagraphs';

export interface CommentBody {
  html: string;
  text: string;
}

// Sanitized HTML and its plain text, of a size the app can draw.
export function commentBody(raw: string, format: ThreadFormat): CommentBody {
  const body = readBody(raw, format);
  // The app draws each comment whole; a million elements in one froze its window for a minute.
  if (countStartTags(body.html) > MAX_COMMENT_ELEMENTS) {
    throw new ContentError(
      `it has a comment of more than ${MAX_COMMENT_ELEMENTS} HTML elements, which no blog allows`,
      'comment-too-big',
      { limit: MAX_COMMENT_ELEMENTS },
    );
  }
  return body;
}

// Text without markup skips the HTML parsers, which are most of an import's time.
function readBody(raw: string, format: ThreadFormat): CommentBody {
  if (!/[<&]/.test(raw)) {
    const paragraphs = textParagraphs(stripControlCharacters(raw));
    return { html: paragraphsToHtml(paragraphs), text: paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
  }
  const html = sanitizeCommentHtml(format === 'wxr' ? lineBreaksToParagraphs(raw) : raw);
  return { html, text: sanitizedHtmlToText(html) };
}
