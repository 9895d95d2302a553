import type { ReplyView } from '../api';
import type { Deps } from '../deps';
import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';
import { loadReplyContent } from '../heavyModules';
import type { Reply } from '../shared/schema';
import { commitThreadBody, findThread, type BodyChange } from '../threads/commitThreadBody';
import { addFinished, finish, remove, reopen, restore, saveDraft } from './replyChanges';
import { liveReplies } from './replyRules';

// The author's answers to readers' comments: drafts (autosaved), finished replies, Undo for deletes.
export function repliesService(library: Library, deps: Deps) {
  const commit = async (threadId: string, change: BodyChange<Reply>): Promise<ReplyView> => {
    const { replyView } = await loadReplyContent();
    return replyView(threadId, await commitThreadBody(library, deps, threadId, change));
  };

  return {
    async list(input) {
      const body = await library.readThreadBody(findThread(library.data, input.threadId));
      const { replyView } = await loadReplyContent();
      return liveReplies(body).map((reply) => replyView(input.threadId, reply));
    },

    async save(input) {
      const doc = (await loadReplyContent()).validateDoc(input.doc, 'The reply');
      return commit(
        input.threadId,
        saveDraft({ commentId: input.commentId, doc, parentReplyId: input.parentReplyId }, deps.newId()),
      );
    },

    async create(input) {
      const { replyDocFrom } = await loadReplyContent();
      const content = { commentId: input.commentId, doc: replyDocFrom(input), parentReplyId: input.parentReplyId };
      return commit(input.threadId, input.done ? addFinished(content, deps.newId()) : saveDraft(content, deps.newId()));
    },

    finish: (input) => commit(input.threadId, finish(input.id)),
    reopen: (input) => commit(input.threadId, reopen(input.id)),
    restore: (input) => commit(input.threadId, restore(input.id)),

    async delete(input) {
      await commitThreadBody(library, deps, input.threadId, remove(input.id));
      return { id: input.id, threadId: input.threadId };
    },
  } satisfies ServiceOf<'replies'>;
}
