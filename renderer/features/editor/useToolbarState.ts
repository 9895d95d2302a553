import { useEditorState, type Editor } from '@tiptap/react';
import type { ToolbarActionId } from './toolbarActions';

export type ToolbarState = Record<ToolbarActionId | 'link', boolean>;

// Which buttons are pressed (active marks and blocks) or usable (undo, redo); the toolbar re-renders only when this changes.
export const useToolbarState = (editor: Editor): ToolbarState =>
  useEditorState({
    editor,
    selector: ({ editor: e }): ToolbarState => ({
      paragraph: e.isActive('paragraph'),
      heading2: e.isActive('heading', { level: 2 }),
      heading3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      code: e.isActive('code'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      horizontalRule: e.can().setHorizontalRule(),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
