import type { AddedImage, ImageInput } from '../api';
import { KanalError } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import { IMAGE_FORMAT_NAMES, type ImageFormat } from '../shared/images/imageFormats';
import { imageRef } from '../shared/images/imageRefs';
import type { ImageRefusalCode } from '../shared/images/imageErrorCodes';
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGABYTES, megabytes } from '../shared/limits';
import { writeFileDurably } from '../store/durableWrite';
import { storageError } from '../store/storageError';
import { storeFs } from '../store/storeFs';
import { imageFilePath, imageNameFor, imagesFolderOf } from './imageFiles';
import { sniffImage } from './sniffImage';

const refused = (code: ImageRefusalCode, message: string): KanalError => new KanalError(code, message);

// Why a picture over the limit is refused: by its size, or by the bytes so far of one still arriving (null).
export const tooBigMessage = (name: string, bytes: number | null): string =>
  `“${name}” is ${bytes === null ? `more than ${MAX_IMAGE_MEGABYTES}` : megabytes(bytes)} MB, and a picture in a post can be up to ${MAX_IMAGE_MEGABYTES} MB.`;

// What a picture the author adds is, by its bytes; anything Kanal does not store is refused with the reason.
export function checkImage({ name, data }: ImageInput): ImageFormat {
  if (data.byteLength === 0) throw refused('image-empty', `“${name}” is empty, so it holds no picture.`);
  if (data.byteLength > MAX_IMAGE_BYTES) throw refused('image-too-big', tooBigMessage(name, data.byteLength));
  const sniffed = sniffImage(data);
  if (sniffed.kind === 'svg')
    throw refused(
      'image-svg',
      `“${name}” is an SVG drawing, which can carry scripts and links: Kanal takes ${IMAGE_FORMAT_NAMES} pictures.`,
    );
  if (sniffed.kind === 'other')
    throw refused('image-not-picture', `“${name}” is not a picture: its content is none of ${IMAGE_FORMAT_NAMES}.`);
  return sniffed.format;
}

// Pictures in posts: stored once each beside the data file, named by their content, and never base64 in the library.
export function imagesService(dataFile: string) {
  const folder = imagesFolderOf(dataFile);
  return {
    async add(input: ImageInput): Promise<AddedImage> {
      const format = checkImage(input);
      const name = imageNameFor(input.data, format);
      const path = imageFilePath(folder, name);
      // The same bytes under the same name: a picture added twice is stored once.
      if (!(await storeFs.exists(path))) {
        await storeFs.makeFolder(folder).catch((error: unknown) => {
          throw storageError(error, `the folder ${folder} could not be made`);
        });
        await writeFileDurably(path, input.data);
      }
      return { src: imageRef(name), name, mimeType: format.mimeType, bytes: input.data.byteLength };
    },
  } satisfies ServiceOf<'images'>;
}
