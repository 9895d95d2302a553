import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TitleField } from '../editor/TitleField';
import { ShellBody } from './ShellBody';
import type { NewPostDraft } from './useNewPost';

// Stands in for the editor while the core makes the post, so the title can be typed at once.
export function NewPostShell({ draft }: { draft: NewPostDraft }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="post-form">
      <div className="post-form-bar">
        <p role="status" className="save-status">
          {draft.error ? '' : t('posts.creating')}
        </p>
      </div>
      {draft.error && (
        <div role="alert" className="form-error row-actions">
          <span>{t('posts.createFailed', { message: draft.error })}</span>
          <button type="button" onClick={draft.retry}>
            {t('posts.retry')}
          </button>
        </div>
      )}
      <TitleField id={titleId} value={draft.title} autoFocus onChange={draft.setTitle} onEnter={draft.toBody} />
      {draft.body !== null && <ShellBody text={draft.body} onChange={draft.setBody} />}
    </div>
  );
}
