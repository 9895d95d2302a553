import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { postExtensions } from '../../../electron/core/shared/content/extensions';
import type { Doc } from '../../../electron/core/shared/schema';

const bodyAttributes = (label: string, describedBy: string, className: string): Record<string, string> => ({
  role: 'textbox',
  'aria-label': label,
  'aria-multiline': 'true',
  'aria-describedby': describedBy,
  class: className,
});

// The TipTap editor of a post body (or a reply, `className` reply-body), built from the same extensions the core validates against.
export const usePostBodyEditor = (
  initialDoc: Doc,
  label: string,
  describedBy: string,
  onChange: (readDoc: () => Doc) => void,
  className = 'post-body',
): Editor => {
  const extensions = useMemo(() => postExtensions(), []);
  const editor = useEditor({
    extensions,
    content: initialDoc,
    editorProps: { attributes: bodyAttributes(label, describedBy, className) },
    onUpdate: ({ editor: updated }) => onChange(() => updated.getJSON() as Doc),
  });
  // The accessible name follows the UI language.
  useEffect(() => {
    if (!editor.isDestroyed) editor.setOptions({ editorProps: { attributes: bodyAttributes(label, describedBy, className) } });
  }, [editor, label, describedBy, className]);
  return editor;
};
