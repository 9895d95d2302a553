import { useTranslation } from 'react-i18next';
import type { CommentView } from '../../../electron/core/api';

// What kind of comment this is and whether it waits for the author.
export function CommentBadges({ comment }: { comment: CommentView }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      {comment.needsReply && <span className="badge badge-attention">{t('comment.needsReply')}</span>}
      {comment.noReplyNeeded && <span className="badge">{t('queue.noReplyBadge')}</span>}
      {comment.byAuthor && <span className="badge badge-own">{t('comment.yours')}</span>}
      {comment.status === 'pending' && <span className="badge">{t('comment.pending')}</span>}
      {comment.kind !== 'comment' && <span className="badge">{t(`comment.kind.${comment.kind}`)}</span>}
      {comment.orphan && (
        <span className="badge" title={t('comment.orphanHint')}>
          {t('comment.orphan')}
        </span>
      )}
    </span>
  );
}
