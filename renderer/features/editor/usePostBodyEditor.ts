import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useMemo } from 'react';
import { postExtensions } from '../../../electron/core/shared/content/extensions';
import type { Doc } from '../../../electron/core/shared/schema';
import { imageAddresses } from '../../lib/imageAddress';
import { webPicturesAsLinks } from './webPicturesAsLinks';

const bodyAttributes = (
  label: string,
  describedBy: string,
  className: string,
  lang: string | undefined,
): Record<string, string> => ({
  role: 'textbox',
  // The browser checks spelling, and screen readers pronounce, in the text's own language.
  ...(lang ? { lang } : {}),
  spellcheck: 'true',
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
  lang?: string,
): Editor => {
  const extensions = useMemo(() => postExtensions(imageAddresses), []);
  // The same object from render to render: useEditor hands changed options to the view, which puts its own selection
  // back into the page and so loses a selection the browser has just moved (Shift+Arrow) but ProseMirror not yet read.
  // It changes, and reaches the view, when the UI language renames the body or the post changes language.
  const editorProps = useMemo(
    () => ({
      attributes: bodyAttributes(label, describedBy, className, lang),
      transformPastedHTML: webPicturesAsLinks,
    }),
    [label, describedBy, className, lang],
  );
  return useEditor({
    extensions,
    // A validated Doc is TipTap JSON; TipTap only spells its optional fields without `| undefined`.
    content: initialDoc as JSONContent,
    editorProps,
    onUpdate: ({ editor: updated }) => onChange(() => updated.getJSON() as Doc),
  });
};
