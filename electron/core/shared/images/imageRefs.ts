import { isAllowedUrl, WEB_SCHEMES } from '../policy';
import { IMAGE_FORMATS, imageFormatOfExtension, type ImageFormat } from './imageFormats';

// A picture stored with the library is named by the SHA-256 of its bytes and its format's ending; a post refers to it
// as `kanal-image:<name>`, never by a path or a data: URL, so the doc stays small and moves with the library.
export const IMAGE_REF_PREFIX = 'kanal-image:';

const IMAGE_NAME = new RegExp(`^[0-9a-f]{64}\\.(${IMAGE_FORMATS.map((format) => format.extension).join('|')})$`);

export const isImageName = (name: string): boolean => IMAGE_NAME.test(name);

export const imageRef = (name: string): string => `${IMAGE_REF_PREFIX}${name}`;

// The stored picture a doc's src names, or null when it names none.
export function imageNameOf(src: unknown): string | null {
  if (typeof src !== 'string' || !src.startsWith(IMAGE_REF_PREFIX)) return null;
  const name = src.slice(IMAGE_REF_PREFIX.length);
  return isImageName(name) ? name : null;
}

export const imageFormatOfName = (name: string): ImageFormat | null =>
  isImageName(name) ? imageFormatOfExtension(name.slice(name.lastIndexOf('.') + 1)) : null;

// What an image node's src may be: a picture stored with the library, or a picture on the web (which the app never
// loads by itself); never data:, javascript:, file: or a relative path.
export const isAllowedImageSource = (src: unknown): boolean =>
  imageNameOf(src) !== null || isAllowedUrl(src, WEB_SCHEMES);

// Where the app (app://kanal/…) and the browser host serve stored pictures from.
export const IMAGE_ROUTE = '/images/';

// Where exports put a post's pictures, relative to the exported file.
export const EXPORTED_IMAGES_FOLDER = 'images';
