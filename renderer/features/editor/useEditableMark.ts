import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { POST_EDITABLE_MARK } from '../../lib/performanceMarks';

// Marks the moment a post's editor is in the page, editable and holding the post's text, for the benchmark to read.
export const useEditableMark = (editor: Editor, postId: string): void => {
  useEffect(() => {
    if (editor.isEditable && editor.view.dom.isConnected) performance.mark(POST_EDITABLE_MARK, { detail: postId });
  }, [editor, postId]);
};
