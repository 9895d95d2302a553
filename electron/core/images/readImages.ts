import { imageFormatOfName } from '../shared/images/imageRefs';
import { storeFs } from '../store/storeFs';
import { imageFilePath, imagesFolderOf } from './imageFiles';

export interface StoredImage {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

// A stored picture's bytes and type, or null when the name is none or its file is gone.
export async function readImage(dataFile: string, name: string): Promise<StoredImage | null> {
  const format = imageFormatOfName(name);
  if (!format) return null;
  const data = await storeFs.readBytes(imageFilePath(imagesFolderOf(dataFile), name)).catch(() => null);
  return data ? { name, mimeType: format.mimeType, data } : null;
}

// The pictures named that are still there; a missing one is left out of an export rather than failing it.
export async function readImages(dataFile: string, names: string[]): Promise<StoredImage[]> {
  const found = await Promise.all(names.map((name) => readImage(dataFile, name)));
  return found.filter((image) => image !== null);
}
