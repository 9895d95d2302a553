// THE keys for answering comments, as in Coral Talk; the key handler and the "?" dialog both read this list.
export const LIST_SHORTCUTS = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'r', action: 'reply' },
  { key: 'e', action: 'done' },
  { key: 'n', action: 'noReply' },
  { key: 'u', action: 'undo' },
  { key: 'o', action: 'open' },
  { key: '?', action: 'help' },
] as const;

export type ListAction = (typeof LIST_SHORTCUTS)[number]['action'];

// Inside the reply editor, in TipTap's notation (see shortcutLabel).
export const EDITOR_SHORTCUTS = [
  { keys: 'Mod-Enter', action: 'finish' },
  { keys: 'Escape', action: 'leave' },
] as const;

export type EditorAction = (typeof EDITOR_SHORTCUTS)[number]['action'];

export const listActionFor = (key: string): ListAction | null =>
  LIST_SHORTCUTS.find((shortcut) => shortcut.key === key)?.action ?? null;

export const keyOf = (action: ListAction): string =>
  LIST_SHORTCUTS.find((shortcut) => shortcut.action === action)?.key ?? '';
