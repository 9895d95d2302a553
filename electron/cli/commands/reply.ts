import type { OpenLibrary } from '../openLibrary';
import { printJson } from '../output';

// The reply as the author gave it: plain text, or HTML read from a file (sanitized like imports).
export type ReplyContent = { text: string } | { html: string };

export async function replyCommand(
  { api }: OpenLibrary,
  threadId: string,
  commentId: string,
  content: ReplyContent,
  options: { done: boolean; json: boolean },
): Promise<void> {
  const reply = await api.replies.create({ threadId, commentId, ...content, done: options.done });
  if (options.json) return printJson({ id: reply.id, status: reply.status });
  process.stdout.write(
    `${reply.status === 'done' ? 'Saved a finished reply' : 'Saved the reply as a draft'} to comment ${commentId} (reply ${reply.id}).\n`,
  );
}
