import type { Editor } from '@tiptap/react';

export type ToolbarActionId =
  | 'paragraph'
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'strike'
  | 'code'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'horizontalRule'
  | 'undo'
  | 'redo';

export interface ToolbarAction {
  id: ToolbarActionId;
  // StarterKit's own shortcut, shown in the button's tooltip.
  keys: string | null;
  run: (editor: Editor) => void;
}

export const blockActions: ToolbarAction[] = [
  { id: 'paragraph', keys: 'Mod-Alt-0', run: (e) => e.chain().setParagraph().run() },
  { id: 'heading2', keys: 'Mod-Alt-2', run: (e) => e.chain().toggleHeading({ level: 2 }).run() },
  { id: 'heading3', keys: 'Mod-Alt-3', run: (e) => e.chain().toggleHeading({ level: 3 }).run() },
];

export const markActions: ToolbarAction[] = [
  { id: 'bold', keys: 'Mod-B', run: (e) => e.chain().toggleBold().run() },
  { id: 'italic', keys: 'Mod-I', run: (e) => e.chain().toggleItalic().run() },
  { id: 'strike', keys: 'Mod-Shift-S', run: (e) => e.chain().toggleStrike().run() },
  { id: 'code', keys: 'Mod-E', run: (e) => e.chain().toggleCode().run() },
];

export const listActions: ToolbarAction[] = [
  { id: 'bulletList', keys: 'Mod-Shift-8', run: (e) => e.chain().toggleBulletList().run() },
  { id: 'orderedList', keys: 'Mod-Shift-7', run: (e) => e.chain().toggleOrderedList().run() },
  { id: 'blockquote', keys: 'Mod-Shift-B', run: (e) => e.chain().toggleBlockquote().run() },
  { id: 'horizontalRule', keys: null, run: (e) => e.chain().setHorizontalRule().run() },
];

export const historyActions: ToolbarAction[] = [
  { id: 'undo', keys: 'Mod-Z', run: (e) => e.chain().undo().run() },
  { id: 'redo', keys: 'Mod-Shift-Z', run: (e) => e.chain().redo().run() },
];
