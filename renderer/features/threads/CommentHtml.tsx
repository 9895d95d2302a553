import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sanitizeCommentHtml } from './sanitizeCommentHtml';

// A comment's body, sanitized once more in the browser before it is shown.
// A very long one is cut to a few screenfuls' worth until asked for, so the thread stays scannable.
export function CommentHtml({ html }: { html: string }) {
  const { t } = useTranslation();
  const clean = useMemo(() => sanitizeCommentHtml(html), [html]);
  const ref = useRef<HTMLDivElement>(null);
  const [long, setLong] = useState(false);
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    const body = ref.current;
    if (body && !open) setLong(body.scrollHeight > body.clientHeight + 1);
  }, [clean, open]);
  return (
    <>
      <div
        ref={ref}
        className={open ? 'comment-html' : 'comment-html comment-clamped'}
        dangerouslySetInnerHTML={{ __html: clean }}
      />
      {long && (
        <button type="button" className="link-button comment-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('comment.showLess') : t('comment.showAll')}
        </button>
      )}
    </>
  );
}
