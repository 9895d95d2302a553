import type { QueueItem, QueueListInput } from '../api';
import type { ServiceOf } from '../handlerTypes';
import { notFound } from '../errors';
import type { Library } from '../store/library';
import type { PostInfo, RootData, Settings, ThreadBody, ThreadIndex } from '../shared/schema';
import { waitingComments, type WaitingComment } from './waitingComments';

// Newest first; comments without a date go last either way, and equal dates keep the threads' order.
const byDate =
  (order: QueueListInput['order']) =>
  (a: QueueItem, b: QueueItem): number => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return (a.date < b.date ? 1 : -1) * (order === 'newest' ? 1 : -1);
  };

function checkFilters(data: RootData, input: QueueListInput): void {
  if (input.threadId && !data.threads.some((t) => t.id === input.threadId))
    throw notFound('comment thread', input.threadId);
  if (input.postId && !data.posts.some((p) => p.id === input.postId)) throw notFound('post', input.postId);
  if (input.channelId && !data.channels.some((c) => c.id === input.channelId))
    throw notFound('channel', input.channelId);
}

const inFilters = (thread: ThreadIndex, post: PostInfo | undefined, input: QueueListInput): boolean =>
  (!input.threadId || thread.id === input.threadId) &&
  (!input.postId || thread.postId === input.postId) &&
  (!input.channelId || (post?.channels.includes(input.channelId) ?? false));

// The index keeps each thread's count of comments waiting, so the total needs no thread read.
const waitingTotal = (data: RootData): number => data.threads.reduce((sum, t) => sum + t.needsReplyCount, 0);

// Every comment waiting for an answer, across threads. Threads with none waiting (the root index counts them)
// are never read; the others come from the library's body cache, and what each body yields is kept until that
// body is replaced, so a repeated call only gathers and sorts.
export function queueService(library: Library) {
  const derived = new WeakMap<ThreadBody, { identities: string; comments: WaitingComment[] }>();

  // Who the author is (`identities`) decides which comments are theirs.
  const waitingIn = (body: ThreadBody, settings: Settings, identities: string): WaitingComment[] => {
    const known = derived.get(body);
    if (known?.identities === identities) return known.comments;
    const comments = waitingComments(body, settings);
    derived.set(body, { identities, comments });
    return comments;
  };

  return {
    async list(input) {
      const data = library.data;
      checkFilters(data, input);
      const posts = new Map(data.posts.map((p) => [p.id, p]));
      const identities = JSON.stringify([data.settings.authorNames, data.settings.authorEmails]);
      const items: QueueItem[] = [];
      const unreadableThreads: string[] = [];
      for (const thread of data.threads) {
        const post = thread.postId === null ? undefined : posts.get(thread.postId);
        if (thread.needsReplyCount === 0 || !inFilters(thread, post, input)) continue;
        let body: ThreadBody;
        try {
          body = await library.readThreadBody(thread);
        } catch {
          unreadableThreads.push(thread.id);
          continue;
        }
        const postTitle = post && post.deletedAt === null ? post.title : thread.title;
        for (const comment of waitingIn(body, data.settings, identities)) {
          items.push({ threadId: thread.id, postId: thread.postId, postTitle, ...comment });
        }
      }
      items.sort(byDate(input.order));
      const end = input.limit === undefined ? undefined : input.offset + input.limit;
      return {
        items: items.slice(input.offset, end),
        matching: items.length,
        total: waitingTotal(data),
        unreadableThreads,
      };
    },

    async count() {
      return { total: waitingTotal(library.data) };
    },
  } satisfies ServiceOf<'queue'>;
}
