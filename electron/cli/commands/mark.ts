import type { OpenLibrary } from '../openLibrary';

export async function markCommand(
  { api }: OpenLibrary,
  threadId: string,
  commentId: string,
  noReplyNeeded: boolean,
): Promise<void> {
  const comment = await api.threads.markNoReply({ threadId, commentId, noReplyNeeded });
  const who = comment.author.name || 'Anonymous';
  process.stdout.write(
    noReplyNeeded
      ? `Marked ${who}'s comment as needing no reply.\n`
      : `${who}'s comment ${comment.needsReply ? 'needs a reply again' : 'is no longer marked, but needs no reply (it is answered or yours)'}.\n`,
  );
}
