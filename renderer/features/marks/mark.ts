import { api } from '../../lib/api';

// A change of what needs a reply: "No reply needed", or whose comment it is (null: as the source and Settings say).
export type Mark =
  | { kind: 'noReply'; threadId: string; commentId: string; value: boolean; previous: boolean }
  | { kind: 'own'; threadId: string; commentId: string; value: boolean | null; previous: boolean | null };

export const sendMark = async (mark: Mark): Promise<void> => {
  const { threadId, commentId } = mark;
  if (mark.kind === 'noReply') await api.threads.markNoReply({ threadId, commentId, noReplyNeeded: mark.value });
  else await api.threads.markOwn({ threadId, commentId, byAuthor: mark.value });
};

// The same mark taken back; each kind on its own, so the compiler holds value and previous to one type.
export const reversed = (mark: Mark): Mark =>
  mark.kind === 'noReply'
    ? { ...mark, value: mark.previous, previous: mark.value }
    : { ...mark, value: mark.previous, previous: mark.value };

// The mark a button or key asks for, with what it replaces so Undo can put that back.
export const markFor = (
  choice: { kind: 'noReply'; value: boolean } | { kind: 'own'; value: boolean | null },
  target: { threadId: string; commentId: string },
  current: { noReplyNeeded: boolean; byAuthorOverride: boolean | null },
): Mark =>
  choice.kind === 'noReply'
    ? { kind: 'noReply', ...target, value: choice.value, previous: current.noReplyNeeded }
    : { kind: 'own', ...target, value: choice.value, previous: current.byAuthorOverride };
