import type { ExportedAsset } from '../api';
import type { StoredImage } from '../images/readImages';
import { sniffImage } from '../images/sniffImage';
import { EXPORTED_IMAGES_FOLDER, imageNameOf, isImageName } from '../shared/images/imageRefs';

export interface PlacedPictures {
  // A picture's src in the exported file: its path beside the file, or the picture itself as a data: URL.
  address: (src: string) => string;
  // The files to write beside the export; none when the pictures are embedded.
  assets: ExportedAsset[];
}

export const exportedImagePath = (name: string): string => `${EXPORTED_IMAGES_FOLDER}/${name}`;

const DATA_URL = /^data:([a-z/+-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

// The addresses an exported picture may have, as placePictures gives them: a stored picture's path beside the file, or
// a data: URL whose bytes are a picture of the very format it names. A picture on the web is not one (it is a link).
export function isExportedPictureSource(src: string): boolean {
  const folder = `${EXPORTED_IMAGES_FOLDER}/`;
  if (src.startsWith(folder)) return isImageName(src.slice(folder.length));
  const [, mimeType, base64] = DATA_URL.exec(src) ?? [];
  if (mimeType === undefined || base64 === undefined) return false;
  const sniffed = sniffImage(Buffer.from(base64, 'base64'));
  return sniffed.kind === 'picture' && sniffed.format.mimeType === mimeType;
}

const dataUrl = (image: StoredImage): string =>
  `data:${image.mimeType};base64,${Buffer.from(image.data).toString('base64')}`;

// Where an export's pictures go: beside it in images/ (HTML and Markdown), or inside a single HTML page on request.
// A picture on the web keeps its address; a stored one whose file is gone keeps its reference, which no output allows.
export function placePictures(images: StoredImage[], embed: boolean): PlacedPictures {
  const byName = new Map(images.map((image) => [image.name, image]));
  const address = (src: string): string => {
    const name = imageNameOf(src);
    const image = name === null ? undefined : byName.get(name);
    if (!image) return src;
    return embed ? dataUrl(image) : exportedImagePath(image.name);
  };
  const assets = embed
    ? []
    : images.map((image) => ({ path: exportedImagePath(image.name), mimeType: image.mimeType, data: image.data }));
  return { address, assets };
}
