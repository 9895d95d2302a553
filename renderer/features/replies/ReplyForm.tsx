import { EditorContent } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { textToDoc } from '../../../electron/core/shared/content/textToDoc';
import type { Doc } from '../../../electron/core/shared/schema';
import type { SnippetValues } from '../../../electron/core/shared/snippets/fillSnippet';
import { shortcutLabel } from '../../lib/shortcutLabel';
import { useAnnounce } from '../announcer/Announcer';
import { focusEditor } from '../editor/focusEditor';
import { LinkForm } from '../editor/LinkForm';
import { takePageSelection } from '../editor/takePageSelection';
import { SaveStatus } from '../editor/SaveStatus';
import { usePostBodyEditor } from '../editor/usePostBodyEditor';
import { EDITOR_SHORTCUTS } from '../keyboard/shortcuts';
import { insertSnippet } from '../snippets/insertSnippet';
import { SnippetMenu } from '../snippets/SnippetMenu';
import { selectedCommentText } from './commentSelection';
import { quoteNodes } from './quoteNodes';
import { replyQueueFor } from './replyDrafts';
import { ReplyToolbar } from './ReplyToolbar';

export interface ReplyFormProps {
  threadId: string;
  commentId: string;
  // The author's finished reply this one follows up, or null for an answer to the comment itself.
  parentReplyId: string | null;
  // The comment's words (quoted whole when nothing in it is selected) and what saved replies fill in.
  commentText: string;
  values: SnippetValues;
  initialDoc: Doc;
  restored: boolean;
  // Letters typed while the draft was loading, taken over once.
  typedAheadRef: RefObject<string>;
  // While the reply is being finished it cannot change.
  finishing: boolean;
  error: string | null;
  onFinish: () => void;
  onDiscard: () => void;
  onClose: () => void;
  onManageSnippets: () => void;
}

const isMod = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;
const finishKeys = EDITOR_SHORTCUTS.find((shortcut) => shortcut.action === 'finish')?.keys ?? 'Mod-Enter';

// The reply being written: saved as the author types, like a post; Ctrl+Enter (Cmd+Enter) marks it done, Esc leaves.
export function ReplyForm(props: ReplyFormProps) {
  const { threadId, commentId, parentReplyId, finishing, onFinish, onClose } = props;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const hintsId = useId();
  const queue = replyQueueFor(threadId, commentId);
  const editor = usePostBodyEditor(
    props.initialDoc,
    t('reply.body'),
    hintsId,
    (readDoc) => queue.change({ doc: readDoc, parentReplyId }),
    'reply-body',
  );
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [linkRequest, setLinkRequest] = useState(0);

  // Opening the editor is asking to write: the caret goes to the end of the draft at once, after what was typed ahead.
  const { typedAheadRef } = props;
  useLayoutEffect(() => {
    focusEditor(editor, 'end');
    const typed = typedAheadRef.current;
    typedAheadRef.current = '';
    if (typed) editor.commands.insertContent(textToDoc(typed).content ?? []);
  }, [editor, typedAheadRef]);
  // Leaving the reply sends what is still pending.
  useEffect(() => () => void queue.flush(), [queue]);
  // Without an update event: that would queue a save of the very words being finished.
  useEffect(() => {
    if (!editor.isDestroyed) editor.setEditable(!finishing, false);
  }, [editor, finishing]);

  const quote = () => {
    const nodes = quoteNodes(selectedCommentText(commentId) ?? props.commentText);
    if (nodes.length === 0) return;
    editor.chain().focus().insertContent(nodes).run();
    announce(t('reply.quoted'));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (isMod(event) && event.key === 'Enter') {
      event.preventDefault();
      if (!finishing) onFinish();
    } else if (isMod(event) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      // The selection the author just made with Shift+Arrow, which the editor may not have read yet.
      takePageSelection(editor);
      setLinkFormOpen(true);
      setLinkRequest((request) => request + 1);
    } else if (event.key === 'Escape' && !(event.target as Element).closest('.link-form')) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section className="reply-editor" aria-label={t('reply.editorLabel')} data-own-keys="" onKeyDown={onKeyDown}>
      <div className="body-editor">
        <ReplyToolbar
          editor={editor}
          linkFormOpen={linkFormOpen}
          onLink={() => setLinkFormOpen((open) => !open)}
          onQuote={quote}
          snippetButton={(tabbable, onFocus) => (
            <SnippetMenu
              tabbable={tabbable}
              onFocus={onFocus}
              onManage={props.onManageSnippets}
              onInsert={(snippet) => {
                insertSnippet(editor, snippet.text, props.values);
                announce(t('snippets.inserted', { title: snippet.title }));
              }}
            />
          )}
        />
        {linkFormOpen && <LinkForm editor={editor} focusRequest={linkRequest} onClose={() => setLinkFormOpen(false)} />}
        <EditorContent editor={editor} className="reply-content" />
      </div>
      {props.restored && <p className="notice-inline">{t('reply.restoredDraft')}</p>}
      {props.error && (
        <p role="alert" className="form-error">
          {props.error}
        </p>
      )}
      <div className="reply-footer">
        <button
          type="button"
          className="primary-button"
          disabled={finishing}
          aria-keyshortcuts={shortcutLabel(finishKeys, 'aria')}
          onClick={onFinish}
        >
          {t('reply.done')}
        </button>
        <button type="button" disabled={finishing} onClick={onClose}>
          {t('reply.close')}
        </button>
        <button type="button" className="quiet-button" disabled={finishing} onClick={props.onDiscard}>
          {t('reply.discard')}
        </button>
        <SaveStatus queue={queue} />
        <p id={hintsId} className="editor-hints">
          {t('reply.keyboardHint', { done: shortcutLabel(finishKeys), link: shortcutLabel('Mod-K') })}
        </p>
      </div>
    </section>
  );
}
