import { useTranslation } from 'react-i18next';
import { allowedUrl, READER_LINK_REL, WEB_SCHEMES } from '../../../electron/core/shared/policy';
import { formatDate } from '../../lib/formatDate';

interface CommentBylineProps {
  author: { name: string; url: string | null };
  date: string | null;
  // Names the comment for its row's accessible name.
  id?: string;
}

// Who wrote a comment and when, as the reader's language writes the date.
export function CommentByline({ author, date, id }: CommentBylineProps) {
  const { t, i18n } = useTranslation();
  const name = author.name || t('comment.anonymous');
  // Checked again here: a library from an older Kanal, or edited by hand, may hold any address.
  const authorUrl = allowedUrl(author.url, WEB_SCHEMES);
  return (
    <>
      {authorUrl ? (
        <a id={id} className="comment-author" href={authorUrl} target="_blank" rel={READER_LINK_REL}>
          {name}
        </a>
      ) : (
        <span id={id} className="comment-author">
          {name}
        </span>
      )}
      {date && (
        <time dateTime={date} className="quiet">
          {formatDate(date, i18n.language)}
        </time>
      )}
    </>
  );
}
