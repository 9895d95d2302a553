import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReplyForm, type ReplyFormProps } from './ReplyForm';
import { TypeAhead } from './TypeAhead';
import { useOpenedDraft } from './useOpenedDraft';

type ReplyEditorProps = Omit<ReplyFormProps, 'initialDoc' | 'restored' | 'typedAheadRef'>;

// The compact editor under a comment (or under one of the author's replies, to follow it up), once its draft is loaded.
export function ReplyEditor(props: ReplyEditorProps) {
  const { t } = useTranslation();
  const opened = useOpenedDraft(props.threadId, props.commentId, props.parentReplyId);
  const typedRef = useRef('');
  if (opened.kind === 'loading') return <TypeAhead typedRef={typedRef} onEscape={props.onClose} />;
  if (opened.kind === 'error') {
    return (
      <p role="alert" className="form-error">
        {t('reply.loadFailed', { message: opened.message })}
      </p>
    );
  }
  return <ReplyForm {...props} initialDoc={opened.doc} restored={opened.restored} typedAheadRef={typedRef} />;
}
