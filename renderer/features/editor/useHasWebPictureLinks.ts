import { useEditorState, type Editor } from '@tiptap/react';
import { isWebPictureLink } from '../../../electron/core/shared/images/webPictureLinks';

type DocNode = Editor['state']['doc'];

// Docs are immutable, so each one is searched once, however many transactions (selection moves) pass over it.
const searched = new WeakMap<DocNode, boolean>();

function hasPictureLinks(doc: DocNode): boolean {
  const known = searched.get(doc);
  if (known !== undefined) return known;
  let found = false;
  doc.descendants((node) => {
    if (!found && node.isText) found = node.marks.some((mark) => isWebPictureLink(mark.type.name, mark.attrs));
    return !found;
  });
  searched.set(doc, found);
  return found;
}

// Whether the post in the editor still links to a picture on the web that could be downloaded.
export const useHasWebPictureLinks = (editor: Editor): boolean =>
  useEditorState({ editor, selector: ({ editor: current }) => hasPictureLinks(current.state.doc) });
