// How a widget with one tab stop moves its focus: a toolbar goes round with ←/→, a list stops at its ends with ↑/↓.
export interface RovingKeys {
  next: string;
  previous: string;
  wrap: boolean;
}

export const TOOLBAR_KEYS: RovingKeys = { next: 'ArrowRight', previous: 'ArrowLeft', wrap: true };
export const LISTBOX_KEYS: RovingKeys = { next: 'ArrowDown', previous: 'ArrowUp', wrap: false };

// Where a key moves the focus among `count` items from `index`; null for a key that does not move it.
export function rovingTarget(keys: RovingKeys, key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case keys.next:
      return keys.wrap ? (index + 1) % count : Math.min(index + 1, count - 1);
    case keys.previous:
      return keys.wrap ? (index - 1 + count) % count : Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
