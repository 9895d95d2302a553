import type { ThreadFormat } from '../../store/schema';
import { htmlToText } from './htmlToText';
import { lineBreaksToParagraphs } from './lineBreaksToParagraphs';
import { sanitizeCommentHtml } from './sanitizeCommentHtml';
import { textToParagraphs } from './textToParagraphs';

export interface CommentBody {
  html: string;
  text: string;
}

// Sanitized HTML and its plain text; text with no markup skips the sanitizer, which is most of an import's time.
export function commentBody(raw: string, format: ThreadFormat): CommentBody {
  if (!/[<&]/.test(raw)) {
    const html = textToParagraphs(raw);
    return { html, text: htmlToText(html) };
  }
  const html = sanitizeCommentHtml(format === 'wxr' ? lineBreaksToParagraphs(raw) : raw);
  return { html, text: htmlToText(html) };
}
