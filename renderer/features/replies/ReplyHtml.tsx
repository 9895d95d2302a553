import { useMemo } from 'react';
import { sanitizeReplyHtml } from './sanitizeReplyHtml';

// The author's reply as the core rendered it, sanitized once more before it is shown.
export function ReplyHtml({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeReplyHtml(html), [html]);
  return <div className="comment-html reply-html" dangerouslySetInnerHTML={{ __html: clean }} />;
}
