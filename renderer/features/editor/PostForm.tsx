import { EditorContent } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureDownloads, ThreadSummary } from '../../../electron/core/api';
import { docText } from '../../../electron/core/shared/content/docText';
import type { Doc, Post } from '../../../electron/core/shared/schema';
import { ChannelPicker } from '../channels/ChannelPicker';
import { ExportButton } from '../export/ExportButton';
import { HistoryButton } from '../history/HistoryButton';
import type { StartFocus } from '../posts/useNewPost';
import { PostThreadsLine } from '../threads/PostThreadsLine';
import { BodyCount } from './BodyCount';
import { EditorHints } from './EditorHints';
import { EditorToolbar } from './EditorToolbar';
import { focusEditor } from './focusEditor';
import { restoreCaret } from './restoreCaret';
import { LanguageSelect } from './LanguageSelect';
import { LinkForm } from './LinkForm';
import { addPictures, pictureFiles } from './addPictures';
import { DownloadPicturesButton } from './DownloadPicturesButton';
import { PictureControls } from './PictureControls';
import { SaveStatus } from './SaveStatus';
import { selectionToLink } from './selectionToLink';
import { StatusSelect } from './StatusSelect';
import { takePageSelection } from './takePageSelection';
import { saveQueueFor } from './saveQueues';
import { TitleField } from './TitleField';
import { useEditableMark } from './useEditableMark';
import { usePostBodyEditor } from './usePostBodyEditor';
import { usePostDraft } from './usePostDraft';
import { useSpellcheckLanguage } from './useSpellcheckLanguage';

export interface CaretPlace {
  from: number;
  to: number;
}

interface PostFormProps {
  post: Post;
  startFocus: StartFocus | null;
  startSelection: CaretPlace | null;
  onSelection: (postId: string, from: number, to: number) => void;
  linkedThreads: ThreadSummary[];
  onOpenThread: (threadId: string) => void;
  // An earlier version was put back: the form starts again from it.
  onRestored: (post: Post) => void;
  // Pictures on the web were downloaded into the post (or not): what became of them, said once.
  onPicturesDownloaded: (result: PictureDownloads, report: string) => void;
  pictureReport: string | null;
}

const isLinkShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
// The key word processors and web editors use to reach their toolbar.
const isToolbarShortcut = (event: KeyboardEvent) => event.altKey && event.key === 'F10';

// One post open for writing: title, status, channels and body, saved as the author types.
export function PostForm({
  post,
  startFocus,
  startSelection,
  onSelection,
  linkedThreads,
  onOpenThread,
  onRestored,
  onPicturesDownloaded,
  pictureReport,
}: PostFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const hintsId = useId();
  const draft = usePostDraft(post);
  const editor = usePostBodyEditor(draft.initialDoc, t('editor.body'), hintsId, draft.changeDoc, undefined, draft.lang);
  useSpellcheckLanguage(draft.lang);
  useEditableMark(editor, post.id);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [linkRequest, setLinkRequest] = useState(0);
  const [caretToRestore] = useState(startSelection);
  const [pictureRefusal, setPictureRefusal] = useState<string | null>(null);
  const pictureInputRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (caretToRestore) restoreCaret(editor, caretToRestore);
    else if (startFocus === 'body') focusEditor(editor, 'end');
  }, [editor, startFocus, caretToRestore]);
  useEffect(() => {
    const remember = () => onSelection(post.id, editor.state.selection.from, editor.state.selection.to);
    editor.on('selectionUpdate', remember);
    return () => void editor.off('selectionUpdate', remember);
  }, [editor, onSelection, post.id]);

  return (
    <article className="post-form" aria-labelledby={titleId}>
      <div className="post-form-bar">
        <SaveStatus queue={saveQueueFor(post.id)} />
        <div className="post-form-actions">
          <HistoryButton
            postId={post.id}
            readCurrentText={() => docText(editor.getJSON() as Doc)}
            onRestored={onRestored}
          />
          <ExportButton postId={post.id} />
        </div>
      </div>
      {draft.restored && <p className="notice-inline">{t('editor.restored')}</p>}
      <TitleField
        id={titleId}
        value={draft.title}
        autoFocus={startFocus === 'title'}
        onChange={draft.setTitle}
        onEnter={() => focusEditor(editor, 'start')}
      />
      <div className="post-meta">
        <StatusSelect value={draft.status} onChange={draft.setStatus} />
        <LanguageSelect value={draft.lang} onChange={draft.setLang} />
        <ChannelPicker selected={draft.channels} onChange={draft.setChannels} />
      </div>
      <PostThreadsLine threads={linkedThreads} onOpen={onOpenThread} />
      <div
        className="body-editor"
        // Pictures pasted or dropped are stored by the core before they go in; the editor never sees their bytes.
        onPasteCapture={(event) => {
          const files = pictureFiles(event.clipboardData);
          if (files.length === 0) return;
          event.preventDefault();
          event.stopPropagation();
          void addPictures(editor, files, t).then(setPictureRefusal);
        }}
        onDropCapture={(event) => {
          const files = pictureFiles(event.dataTransfer);
          if (files.length === 0) return;
          event.preventDefault();
          event.stopPropagation();
          const at = editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          void addPictures(editor, files, t, at).then(setPictureRefusal);
        }}
        onKeyDown={(event) => {
          // Ctrl+K links when there is something to link; with nothing selected it is left to the search box.
          if (isLinkShortcut(event) && (linkFormOpen || selectionToLink(editor.view.dom))) {
            event.preventDefault();
            takePageSelection(editor);
            setLinkFormOpen(true);
            setLinkRequest((request) => request + 1);
          } else if (isToolbarShortcut(event)) {
            event.preventDefault();
            toolbarRef.current?.querySelector<HTMLElement>('button[tabindex="0"]')?.focus();
          }
        }}
      >
        <EditorToolbar
          ref={toolbarRef}
          editor={editor}
          linkFormOpen={linkFormOpen}
          onLink={() => setLinkFormOpen((open) => !open)}
          onInsertPicture={() => pictureInputRef.current?.click()}
        />
        <PictureControls editor={editor} inputRef={pictureInputRef} onRefused={setPictureRefusal} />
        <DownloadPicturesButton editor={editor} postId={post.id} onDownloaded={onPicturesDownloaded} />
        {pictureReport && <p className="picture-report quiet">{pictureReport}</p>}
        {pictureRefusal && (
          <p role="alert" className="form-error">
            {pictureRefusal}
          </p>
        )}
        {linkFormOpen && <LinkForm editor={editor} focusRequest={linkRequest} onClose={() => setLinkFormOpen(false)} />}
        <EditorContent editor={editor} className="body-content" />
      </div>
      <div className="post-footer">
        <BodyCount editor={editor} />
        <EditorHints id={hintsId} />
      </div>
    </article>
  );
}
