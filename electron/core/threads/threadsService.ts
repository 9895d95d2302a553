import type { Deps } from '../deps';
import { notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';
import { newestFirst } from '../shared/newestFirst';
import type { RootData, ThreadIndex } from '../shared/schema';
import { loadReplyContent } from '../heavyModules';
import { liveReplies } from '../replies/replyRules';
import { commitThreadBody } from './commitThreadBody';
import { countNeedingReply, resolveComments } from './resolveComments';
import { threadSummary } from './threadSummary';

export function threadsService(library: Library, deps: Deps) {
  const find = (data: RootData, id: string): ThreadIndex => {
    const thread = data.threads.find((t) => t.id === id);
    if (!thread) throw notFound('comment thread', id);
    return thread;
  };

  return {
    list() {
      return [...library.data.threads].sort((a, b) => newestFirst(a.updatedAt, b.updatedAt)).map(threadSummary);
    },

    async get(input) {
      const thread = find(library.data, input.id);
      const body = await library.readThreadBody(thread);
      const { replyView } = await loadReplyContent();
      const { comments: _count, ...summary } = threadSummary(thread);
      return {
        ...summary,
        comments: resolveComments(body, library.data.settings),
        replies: liveReplies(body).map((reply) => replyView(thread.id, reply)),
      };
    },

    markOwn(input) {
      return library.commit(async (data) => {
        const thread = find(data, input.threadId);
        const body = await library.readThreadBody(thread);
        if (!body.comments.some((c) => c.id === input.commentId)) throw notFound('comment', input.commentId);
        // A new body object: the cached one must stay intact if this write fails.
        const next = {
          ...body,
          comments: body.comments.map((c) =>
            c.id === input.commentId ? { ...c, byAuthorOverride: input.byAuthor } : c,
          ),
        };
        thread.rev += 1;
        thread.needsReplyCount = countNeedingReply(next, data.settings);
        thread.updatedAt = deps.now().toISOString();
        const view = resolveComments(next, data.settings).find((c) => c.id === input.commentId);
        if (!view) throw notFound('comment', input.commentId);
        return { result: view, threads: [{ threadId: thread.id, rev: thread.rev, body: next }] };
      });
    },

    // "No reply needed", or back to needing one (Undo); a comment that needs none anyway stays as it is.
    markNoReply(input) {
      return commitThreadBody(library, deps, input.threadId, (body, data) => {
        const comment = body.comments.find((c) => c.id === input.commentId);
        if (!comment) throw notFound('comment', input.commentId);
        const next =
          comment.noReplyNeeded === input.noReplyNeeded
            ? body
            : {
                ...body,
                comments: body.comments.map((c) => (c === comment ? { ...c, noReplyNeeded: input.noReplyNeeded } : c)),
              };
        const view = resolveComments(next, data.settings).find((c) => c.id === input.commentId);
        if (!view) throw notFound('comment', input.commentId);
        return { body: next, result: view };
      });
    },

    async link(input) {
      if (input.postId && !library.data.posts.some((p) => p.id === input.postId && p.deletedAt === null)) {
        throw notFound('post', input.postId);
      }
      return library.commit((data) => {
        const thread = find(data, input.threadId);
        thread.postId = input.postId;
        thread.updatedAt = deps.now().toISOString();
        return { result: threadSummary(thread) };
      });
    },

    async delete(input) {
      find(library.data, input.id);
      return library.commit((data) => {
        const thread = find(data, input.id);
        data.threads = data.threads.filter((t) => t.id !== input.id);
        return { result: { id: input.id }, removedThreads: [{ id: thread.id, rev: thread.rev }] };
      });
    },

    // Settings name the author; what needs a reply depends on who the author is.
    async recount(): Promise<void> {
      await library.commit(async (data) => {
        for (const thread of data.threads) {
          thread.needsReplyCount = countNeedingReply(await library.readThreadBody(thread), data.settings);
        }
        return { result: undefined };
      });
    },
  } satisfies ServiceOf<'threads'>;
}
