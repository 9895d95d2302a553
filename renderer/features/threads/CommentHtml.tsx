import { useMemo } from 'react';
import { sanitizeCommentHtml } from './sanitizeCommentHtml';

// A comment's body, sanitized once more in the browser before it is shown.
export function CommentHtml({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeCommentHtml(html), [html]);
  return <div className="comment-html" dangerouslySetInnerHTML={{ __html: clean }} />;
}
