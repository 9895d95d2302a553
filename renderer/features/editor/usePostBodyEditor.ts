import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { postExtensions } from '../../../electron/core/shared/content/extensions';
import type { Doc } from '../../../electron/core/shared/schema';

const bodyAttributes = (label: string, describedBy: string): Record<string, string> => ({
  role: 'textbox',
  'aria-label': label,
  'aria-multiline': 'true',
  'aria-describedby': describedBy,
  class: 'post-body',
});

// The post body's TipTap editor, built from the same extensions the core validates against.
export const usePostBodyEditor = (
  initialDoc: Doc,
  label: string,
  describedBy: string,
  onChange: (readDoc: () => Doc) => void,
): Editor => {
  const extensions = useMemo(() => postExtensions(), []);
  const editor = useEditor({
    extensions,
    // A validated Doc is TipTap JSON; TipTap only spells its optional fields without `| undefined`.
    content: initialDoc as JSONContent,
    editorProps: { attributes: bodyAttributes(label, describedBy) },
    onUpdate: ({ editor: updated }) => onChange(() => updated.getJSON() as Doc),
  });
  // The accessible name follows the UI language.
  useEffect(() => {
    if (!editor.isDestroyed) editor.setOptions({ editorProps: { attributes: bodyAttributes(label, describedBy) } });
  }, [editor, label, describedBy]);
  return editor;
};
