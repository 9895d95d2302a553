import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT_ID } from '../lib/mainContent';
import { useVersion } from '../lib/useVersion';
import { ChannelManager } from '../features/channels/ChannelManager';
import { PostEditor } from '../features/editor/PostEditor';
import { ImportDialog } from '../features/import/ImportDialog';
import { useFileDrop } from '../features/import/useFileDrop';
import { NoticeBanner } from '../features/notices/NoticeBanner';
import { NewPostShell } from '../features/posts/NewPostShell';
import { PostList } from '../features/posts/PostList';
import { UndoToast } from '../features/posts/UndoToast';
import { useNewPost } from '../features/posts/useNewPost';
import { usePostActions } from '../features/posts/usePostActions';
import { usePosts } from '../features/posts/usePosts';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { ThreadList } from '../features/threads/ThreadList';
import { ThreadView, type CommentTarget } from '../features/threads/ThreadView';
import { useThreadList } from '../features/threads/useThreadList';
import { AppHeader } from './AppHeader';
import { MainPlaceholder } from './MainPlaceholder';
import { SectionTabs, type Section } from './SectionTabs';
import { useDialogs } from './useDialogs';
import { useMenuCommands } from './useMenuCommands';

// The app once it can reach the core: lists on the left, the open post or thread on the right.
export function Workspace({ threadsVersion, bumpThreads }: { threadsVersion: number; bumpThreads: () => void }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [section, setSection] = useState<Section>('posts');
  const [postId, setPostId] = useState<string | null>(null);
  const [threadId, setThreadId] = useState<string | null>(null);
  const [commentTarget, setCommentTarget] = useState<CommentTarget | null>(null);
  const [channelFilter, setChannelFilter] = useState<string | null>(null);
  const [postsVersion, bumpPosts] = useVersion();
  const dialogs = useDialogs();
  const postList = usePosts(postsVersion);
  const allPosts = postList.posts ?? [];
  const threads = useThreadList(threadsVersion);

  const openPost = useCallback((id: string | null) => {
    setSection('posts');
    setPostId(id);
  }, []);
  // Opens a thread, scrolled to one of its comments when given; a new target each time, so opening it again scrolls again.
  const openThread = useCallback((id: string, commentId?: string) => {
    setSection('comments');
    setThreadId(id);
    setCommentTarget(commentId ? { commentId } : null);
  }, []);
  const actions = usePostActions({ openPost, openPostId: postId, onListChanged: bumpPosts });
  const newPost = useNewPost({ openPost, openPostId: postId, postsInView: section === 'posts', onListChanged: bumpPosts });
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
        onOpenComment={openThread}
      />
      <NoticeBanner />
      {actions.error && (
        <p role="alert" className="form-error app-error">
          {actions.error}
        </p>
      )}
      <SectionTabs section={section} panelId={panelId} needsReply={threads.reduce((sum, thread) => sum + thread.needsReply, 0)} onChange={setSection} />
      <div id={panelId} role="tabpanel" aria-labelledby={`${panelId}-${section}`} className="workspace">
        <aside className="sidebar" aria-label={section === 'posts' ? t('posts.listLabel') : t('thread.listLabel')}>
          {section === 'posts' ? (
            <PostList list={postList} channelFilter={channelFilter} selectedId={postId} onFilter={setChannelFilter} onOpen={openPost} onDelete={(post) => void actions.remove(post)} />
          ) : (
            <ThreadList threads={threads} posts={allPosts} selectedId={threadId} onOpen={openThread} />
          )}
        </aside>
        <main id={MAIN_CONTENT_ID} className="main-panel" tabIndex={-1}>
          {section === 'posts' && postId && <PostEditor postId={postId} fresh={newPost.fresh} threads={threads} onOpenThread={openThread} />}
          {section === 'posts' && newPost.shell && <NewPostShell key={newPost.shell.attempt} draft={newPost.shell} />}
          {section === 'comments' && threadId && (
            <ThreadView key={threadId} threadId={threadId} target={commentTarget} version={threadsVersion} posts={allPosts} onChanged={listsChanged} onDeleted={() => setThreadId(null)} />
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
        <UndoToast message={actions.deleted.title ? t('posts.deletedNamed', { title: actions.deleted.title }) : t('posts.deleted')} error={actions.error} onUndo={() => void actions.undo()} onDismiss={actions.dismissDeleted} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('import.dropHere')}
        </div>
      )}
      {dialogs.dialog.kind === 'settings' && <SettingsDialog onClose={dialogs.close} />}
      {dialogs.dialog.kind === 'channels' && <ChannelManager onClose={dialogs.close} />}
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
    </div>
  );
}
