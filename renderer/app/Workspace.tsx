import { Suspense, useCallback, useEffect, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT_ID } from '../lib/mainContent';
import { useVersion } from '../lib/useVersion';
import { PostEditor } from '../features/editor/PostEditor';
import { useRememberedPost } from '../features/editor/useRememberedPost';
import { useFileDrop } from '../features/import/useFileDrop';
import { FIRST, type Cursor } from '../features/keyboard/cursor';
import { NoticeBanner } from '../features/notices/NoticeBanner';
import { NewPostShell } from '../features/posts/NewPostShell';
import { PostList } from '../features/posts/PostList';
import { UndoToast } from '../features/posts/UndoToast';
import { useDiscardUntouched } from '../features/posts/useDiscardUntouched';
import { useNewPost } from '../features/posts/useNewPost';
import { usePostActions } from '../features/posts/usePostActions';
import { usePosts } from '../features/posts/usePosts';
import { QueueSidebar } from '../features/queue/QueueSidebar';
import { ALL_WAITING, type QueueFilters } from '../features/queue/queueFilters';
import { useQueueCount } from '../features/queue/useQueueCount';
import { installCommentSelection } from '../features/replies/commentSelection';
import { resumeReplyDrafts } from '../features/replies/resumeReplyDrafts';
import { ThreadList } from '../features/threads/ThreadList';
import { useThreadList } from '../features/threads/useThreadList';
import { AppHeader } from './AppHeader';
import { QueueView } from '../features/queue/QueueView';
import { ThreadView } from '../features/threads/ThreadView';
import { ChannelManager, ImportDialog, SettingsDialog, ShortcutsDialog, SnippetsDialog } from './lazyDialogs';
import { MainPlaceholder } from './MainPlaceholder';
import { SectionTabs, type Section } from './SectionTabs';
import { useDialogs } from './useDialogs';
import { useMenuCommands } from './useMenuCommands';

const SIDEBAR_LABELS: Record<Section, (t: TFunction) => string> = {
  posts: (t) => t('posts.listLabel'),
  comments: (t) => t('thread.listLabel'),
  queue: (t) => t('queue.filtersLabel'),
};

// The app once it can reach the core: lists on the left, the open post, thread or reply queue on the right.
export function Workspace({ threadsVersion, bumpThreads }: { threadsVersion: number; bumpThreads: () => void }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [section, setSection] = useState<Section>('posts');
  const [postId, setPostId] = useState<string | null>(null);
  const [threadId, setThreadId] = useState<string | null>(null);
  // The comment a thread opens at (from the queue); `request` opens it afresh each time.
  const [threadFocus, setThreadFocus] = useState<{ commentId: string; request: number } | null>(null);
  const [queueFilters, setQueueFilters] = useState<QueueFilters>(ALL_WAITING);
  const [queueCursor, setQueueCursor] = useState<Cursor>(FIRST);
  const [channelFilter, setChannelFilter] = useState<string | null>(null);
  const [postsVersion, bumpPosts] = useVersion();
  const dialogs = useDialogs();
  const postList = usePosts(postsVersion);
  const allPosts = postList.posts ?? [];
  const threads = useThreadList(threadsVersion);
  const needsReply = useQueueCount(threadsVersion);
  useEffect(() => {
    // Reply drafts whose last words never reached the data file go there now.
    void resumeReplyDrafts();
    const uninstall = installCommentSelection();
    return () => {
      uninstall();
    };
  }, []);

  const openPost = useCallback((id: string | null) => {
    setSection('posts');
    setPostId(id);
  }, []);
  const openThread = useCallback((id: string) => {
    setSection('comments');
    setThreadId(id);
    setThreadFocus(null);
  }, []);
  const openInThread = useCallback((id: string, commentId: string) => {
    setSection('comments');
    setThreadId(id);
    setThreadFocus((previous) => ({ commentId, request: (previous?.request ?? 0) + 1 }));
  }, []);
  const changeQueueFilters = useCallback((filters: QueueFilters) => {
    setQueueFilters(filters);
    setQueueCursor(FIRST);
  }, []);
  const actions = usePostActions({ openPost, openPostId: postId, onListChanged: bumpPosts });
  const newPost = useNewPost({
    openPost,
    openPostId: postId,
    postsInView: section === 'posts',
    onListChanged: bumpPosts,
  });
  useDiscardUntouched(postId, newPost.isMadeHere, bumpPosts);
  const remembered = useRememberedPost(postId, openPost);
  const createPost = () => {
    setChannelFilter(null);
    setSection('posts');
    newPost.create();
  };
  const listsChanged = useCallback(() => {
    bumpPosts();
    bumpThreads();
  }, [bumpPosts, bumpThreads]);

  const { openImport } = dialogs;
  const dragging = useFileDrop(useCallback((files: File[]) => openImport('files', files), [openImport]));
  useMenuCommands({
    'new-post': createPost,
    import: () => dialogs.openImport('files'),
    paste: () => dialogs.openImport('paste'),
    settings: dialogs.openSettings,
    channels: dialogs.openChannels,
  });

  return (
    <div className="app">
      <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        {t('app.skip')}
      </a>
      <AppHeader
        onNewPost={createPost}
        onImport={() => dialogs.openImport('files')}
        onChannels={dialogs.openChannels}
        onSettings={dialogs.openSettings}
        onOpenPost={openPost}
        onOpenComment={openInThread}
      />
      <NoticeBanner />
      {actions.error && (
        <p role="alert" className="form-error app-error">
          {actions.error}
        </p>
      )}
      <SectionTabs section={section} panelId={panelId} needsReply={needsReply} onChange={setSection} />
      <div id={panelId} role="tabpanel" aria-labelledby={`${panelId}-${section}`} className="workspace">
        <aside className="sidebar" aria-label={SIDEBAR_LABELS[section](t)}>
          {section === 'posts' && (
            <PostList
              list={postList}
              channelFilter={channelFilter}
              selectedId={postId}
              onFilter={setChannelFilter}
              onOpen={openPost}
              onDelete={(post) => void actions.remove(post)}
            />
          )}
          {section === 'comments' && (
            <ThreadList threads={threads} posts={allPosts} selectedId={threadId} onOpen={openThread} />
          )}
          {section === 'queue' && (
            <QueueSidebar
              filters={queueFilters}
              threads={threads}
              posts={allPosts}
              onFilters={changeQueueFilters}
              onSnippets={dialogs.openSnippets}
              onShortcuts={dialogs.openShortcuts}
            />
          )}
        </aside>
        <main id={MAIN_CONTENT_ID} className="main-panel" tabIndex={-1}>
          {section === 'posts' && postId && (
            <PostEditor
              postId={postId}
              fresh={newPost.fresh}
              startSelection={remembered.selectionFor(postId)}
              onSelection={remembered.rememberSelection}
              threads={threads}
              onOpenThread={openThread}
            />
          )}
          {section === 'posts' && newPost.shell && <NewPostShell key={newPost.shell.attempt} draft={newPost.shell} />}
          {section === 'comments' && threadId && (
            <ThreadView
              key={`${threadId}:${threadFocus?.request ?? 0}`}
              threadId={threadId}
              version={threadsVersion}
              posts={allPosts}
              focusCommentId={threadFocus?.commentId ?? null}
              onChanged={listsChanged}
              onDeleted={() => setThreadId(null)}
              onShortcuts={dialogs.openShortcuts}
              onManageSnippets={dialogs.openSnippets}
            />
          )}
          {section === 'queue' && (
            <QueueView
              filters={queueFilters}
              onClearFilters={() => changeQueueFilters({ ...ALL_WAITING, order: queueFilters.order })}
              version={threadsVersion}
              cursor={queueCursor}
              onCursor={setQueueCursor}
              onOpenInThread={openInThread}
              onShortcuts={dialogs.openShortcuts}
              onManageSnippets={dialogs.openSnippets}
            />
          )}
          {((section === 'posts' && !postId && !newPost.shell) || (section === 'comments' && !threadId)) && (
            <MainPlaceholder
              section={section}
              postCount={postList.posts?.length ?? null}
              threadCount={threads.length}
              onNewPost={createPost}
              onImport={dialogs.openImport}
            />
          )}
        </main>
      </div>
      {actions.deleted && (
        <UndoToast
          message={
            actions.deleted.title ? t('posts.deletedNamed', { title: actions.deleted.title }) : t('posts.deleted')
          }
          error={actions.error}
          onUndo={() => void actions.undo()}
          onDismiss={actions.dismissDeleted}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropHere')}
        </div>
      )}
      <Suspense fallback={null}>
        {dialogs.dialog.kind === 'settings' && <SettingsDialog onClose={dialogs.close} />}
        {dialogs.dialog.kind === 'channels' && <ChannelManager onClose={dialogs.close} />}
        {dialogs.dialog.kind === 'snippets' && <SnippetsDialog onClose={dialogs.close} />}
        {dialogs.dialog.kind === 'shortcuts' && <ShortcutsDialog onClose={dialogs.close} />}
        {dialogs.dialog.kind === 'import' && (
          <ImportDialog
            key={dialogs.dialog.key}
            initialTab={dialogs.dialog.tab}
            initialFiles={dialogs.dialog.files}
            onClose={dialogs.close}
            onImported={listsChanged}
            onOpenThread={openThread}
          />
        )}
      </Suspense>
    </div>
  );
}
