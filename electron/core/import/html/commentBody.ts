import type { ThreadFormat } from '../../store/schema';
import { lineBreaksToParagraphs } from './lineBreaksToParagraphs';
import { sanitizeCommentHtml } from './sanitizeCommentHtml';
import { sanitizedHtmlToText } from './sanitizedHtmlToText';
import { stripControlCharacters } from './stripControlCharacters';
import { paragraphsToHtml, textParagraphs } from './textToParagraphs';

export interface CommentBody {
  html: string;
  text: string;
}

// Sanitized HTML and its plain text; text without markup skips the HTML parsers, which are most of an import's time.
export function commentBody(raw: string, format: ThreadFormat): CommentBody {
  if (!/[<&]/.test(raw)) {
    const paragraphs = textParagraphs(stripControlCharacters(raw));
    return { html: paragraphsToHtml(paragraphs), text: paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
  }
  const html = sanitizeCommentHtml(format === 'wxr' ? lineBreaksToParagraphs(raw) : raw);
  return { html, text: sanitizedHtmlToText(html) };
}
