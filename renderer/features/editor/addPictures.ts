import type { Editor } from '@tiptap/react';
import type { TFunction } from 'i18next';
import { isImageRefusalCode } from '../../../electron/core/shared/images/imageErrorCodes';
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGABYTES, megabytes } from '../../../electron/core/shared/limits';
import { api } from '../../lib/api';
import { ApiError } from '../../lib/apiError';

// Each file becomes a picture in the post where the caret is (or at `position`, for a drop); the core checks what it
// is by its content. Returns why a file was refused, in the author's language, or null when all went in.
export async function addPictures(
  editor: Editor,
  files: readonly File[],
  t: TFunction,
  position?: number,
): Promise<string | null> {
  for (const file of files) {
    const name = file.name || 'picture';
    if (file.size > MAX_IMAGE_BYTES)
      return t('pictures.refused.image-too-big', { name, size: megabytes(file.size), limit: MAX_IMAGE_MEGABYTES });
    try {
      const added = await api.images.add({ name, data: new Uint8Array(await file.arrayBuffer()) });
      const chain = editor.chain().focus();
      const content = { type: 'image', attrs: { src: added.src, alt: '' } };
      (position === undefined ? chain.insertContent(content) : chain.insertContentAt(position, content)).run();
    } catch (error) {
      if (error instanceof ApiError && isImageRefusalCode(error.code))
        return t(`pictures.refused.${error.code}`, { name, limit: MAX_IMAGE_MEGABYTES, size: megabytes(file.size) });
      return t('pictures.failed', { name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return null;
}

// The pictures a paste or a drop carries (the core still decides what each is by its content).
export const pictureFiles = (data: DataTransfer | null): File[] =>
  [...(data?.files ?? [])].filter((file) => file.type.startsWith('image/'));
