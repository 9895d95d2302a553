// Deleted posts and replies stay restorable (Undo) this long, then go for good.
export const TRASH_DAYS = 30;

export const isPastTrash = (deletedAt: string | null, now: Date): boolean =>
  deletedAt !== null && Date.parse(deletedAt) < now.getTime() - TRASH_DAYS * 86_400_000;
