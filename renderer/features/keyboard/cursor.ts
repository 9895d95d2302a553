// The comment the keys act on: followed by its key while it stays listed, by its place once it leaves (then the
// next one has moved up into that place, as in Coral Talk).
export interface Cursor {
  key: string | null;
  index: number;
}

export const FIRST: Cursor = { key: null, index: 0 };

export const cursorIndex = (cursor: Cursor, indexOf: (key: string) => number, count: number): number => {
  if (count === 0) return -1;
  const found = cursor.key === null ? -1 : indexOf(cursor.key);
  return found >= 0 ? found : Math.min(cursor.index, count - 1);
};
