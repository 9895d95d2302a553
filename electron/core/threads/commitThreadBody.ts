import type { Deps } from '../deps';
import { notFound } from '../errors';
import type { CommitResult, Library } from '../store/library';
import type { RootData, ThreadBody, ThreadIndex } from '../shared/schema';
import { countNeedingReply } from './resolveComments';

// A change to one thread's body: a new body object (the cached one must stay intact if the write fails) and a
// result; the same body back means there is nothing to write. It reads the root but never changes it.
export type BodyChange<T> = (body: ThreadBody, data: RootData, now: string) => { body: ThreadBody; result: T };

export const findThread = (data: RootData, id: string): ThreadIndex => {
  const thread = data.threads.find((t) => t.id === id);
  if (!thread) throw notFound('comment thread', id);
  return thread;
};

type Outcome<T> = { done: T } | { refused: unknown };

// Applies `change` in the library's turn, on the body current by then. The root file is written only when the
// thread's index changes (its count of comments waiting); otherwise, as for a draft's autosave, only the thread's
// own file is rewritten, in place. A refused change (unknown id, empty reply) writes nothing and reloads nothing.
export async function commitThreadBody<T>(
  library: Library,
  deps: Deps,
  threadId: string,
  change: BodyChange<T>,
): Promise<T> {
  const now = deps.now().toISOString();
  const outcome = await library.commit(async (data): Promise<CommitResult<Outcome<T>>> => {
    let thread: ThreadIndex;
    let body: ThreadBody;
    let applied: ReturnType<BodyChange<T>>;
    try {
      thread = findThread(data, threadId);
      body = await library.readThreadBody(thread);
      applied = change(body, data, now);
    } catch (refused) {
      return { result: { refused }, rootUnchanged: true };
    }
    const result = { done: applied.result };
    if (applied.body === body) return { result, rootUnchanged: true };
    const count = countNeedingReply(applied.body, data.settings);
    if (count === thread.needsReplyCount) {
      return { result, threads: [{ threadId, rev: thread.rev, body: applied.body }], rootUnchanged: true };
    }
    thread.rev += 1;
    thread.needsReplyCount = count;
    thread.updatedAt = now;
    return { result, threads: [{ threadId, rev: thread.rev, body: applied.body }] };
  });
  if ('refused' in outcome) throw outcome.refused;
  return outcome.done;
}
