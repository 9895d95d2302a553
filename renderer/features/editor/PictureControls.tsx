import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useId, type ChangeEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_MIME_TYPES } from '../../../electron/core/shared/images/imageFormats';
import { addPictures } from './addPictures';

interface PictureControlsProps {
  editor: Editor;
  // The toolbar's "Insert picture…" clicks this file input.
  inputRef: RefObject<HTMLInputElement | null>;
  onRefused: (message: string | null) => void;
}

// The file chooser behind "Insert picture…"; a selected picture gets its alt text edited here.
export function PictureControls({ editor, inputRef, onRefused }: PictureControlsProps) {
  const { t } = useTranslation();
  const altId = useId();
  const selectedAlt = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current.isActive('image') ? ((current.getAttributes('image')['alt'] as string | null) ?? '') : null,
  });

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length) onRefused(await addPictures(editor, files, t));
  };

  return (
    <div className="picture-controls">
      <input
        ref={inputRef}
        type="file"
        accept={IMAGE_MIME_TYPES.join(',')}
        multiple
        hidden
        aria-label={t('pictures.choose')}
        onChange={(event) => void onFiles(event)}
      />
      {selectedAlt !== null && (
        <span className="picture-alt">
          <label htmlFor={altId}>{t('pictures.alt')}</label>
          <input
            id={altId}
            type="text"
            value={selectedAlt}
            placeholder={t('pictures.altHint')}
            onChange={(event) =>
              editor
                .chain()
                .updateAttributes('image', { alt: event.target.value })
                .setNodeSelection(editor.state.selection.from)
                .run()
            }
          />
        </span>
      )}
    </div>
  );
}
