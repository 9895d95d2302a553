import { CHUNK_BYTES } from '../importLimits';
import { makeDecoder, type TextFile } from './openTextFile';

export interface TextChunk {
  text: string;
  // Bytes of the file read so far.
  done: number;
}

// Decodes the file piece by piece, so a large export is never held as one string.
export function* decodeTextChunks(file: TextFile, chunkBytes = CHUNK_BYTES): Generator<TextChunk> {
  const decoder = makeDecoder(file.name, file.encoding.label);
  const total = file.data.byteLength;
  for (let start = 0; start < total; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, total);
    const text = decoder.decode(file.data.subarray(start, end), { stream: end < total });
    yield { text, done: end };
  }
}

// The whole file as one string, for formats that are read at once (saved pages, pasted text).
export function decodeWholeText(file: TextFile): string {
  return makeDecoder(file.name, file.encoding.label).decode(file.data);
}
