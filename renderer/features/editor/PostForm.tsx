import { EditorContent } from '@tiptap/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadSummary } from '../../../electron/core/api';
import type { Post } from '../../../electron/core/store/schema';
import { ChannelPicker } from '../channels/ChannelPicker';
import { ExportButton } from '../export/ExportButton';
import { PostThreadsLine } from '../threads/PostThreadsLine';
import { BodyCount } from './BodyCount';
import { EditorToolbar } from './EditorToolbar';
import { LinkForm } from './LinkForm';
import { SaveStatus } from './SaveStatus';
import { StatusSelect } from './StatusSelect';
import { saveQueueFor } from './saveQueues';
import { usePostBodyEditor } from './usePostBodyEditor';
import { usePostDraft } from './usePostDraft';

interface PostFormProps {
  post: Post;
  linkedThreads: ThreadSummary[];
  onOpenThread: (threadId: string) => void;
}

const isLinkShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';

// One post open for writing: title, status, channels and body, saved as the author types.
export function PostForm({ post, linkedThreads, onOpenThread }: PostFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const draft = usePostDraft(post);
  const editor = usePostBodyEditor(draft.initialDoc, t('editor.body'), draft.changeDoc);
  const [linkFormOpen, setLinkFormOpen] = useState(false);

  return (
    <article className="post-form" aria-labelledby={titleId}>
      <div className="post-form-bar">
        <SaveStatus queue={saveQueueFor(post.id)} />
        <ExportButton postId={post.id} />
      </div>
      {draft.restored && <p className="notice-inline">{t('editor.restored')}</p>}
      <div className="field">
        <label htmlFor={titleId} className="visually-hidden">
          {t('editor.title')}
        </label>
        <input
          id={titleId}
          className="title-input"
          value={draft.title}
          placeholder={t('editor.title')}
          maxLength={500}
          // A new, empty post starts at its title.
          autoFocus={post.title === '' && post.createdAt === post.updatedAt}
          onChange={(event) => draft.setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              editor.commands.focus('start');
            }
          }}
        />
      </div>
      <div className="post-meta">
        <StatusSelect value={draft.status} onChange={draft.setStatus} />
        <ChannelPicker selected={draft.channels} onChange={draft.setChannels} />
      </div>
      <PostThreadsLine threads={linkedThreads} onOpen={onOpenThread} />
      <div
        className="body-editor"
        onKeyDown={(event) => {
          if (isLinkShortcut(event)) {
            event.preventDefault();
            setLinkFormOpen(true);
          }
        }}
      >
        <EditorToolbar editor={editor} linkFormOpen={linkFormOpen} onLink={() => setLinkFormOpen((open) => !open)} />
        {linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
        <EditorContent editor={editor} className="body-content" />
      </div>
      <BodyCount editor={editor} />
    </article>
  );
}
