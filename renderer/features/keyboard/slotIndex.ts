// The list row a focused element is in (CommentList's slots carry their index), or null outside the rows.
export const slotIndex = (target: EventTarget): number | null => {
  if (!(target instanceof Element)) return null;
  const index = Number(target.closest<HTMLElement>('.comment-slot')?.dataset['index'] ?? Number.NaN);
  return Number.isInteger(index) ? index : null;
};
