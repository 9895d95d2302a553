import { IMAGE_FORMATS, type ImageExtension, type ImageFormat } from '../shared/images/imageFormats';

// What a file is, told by its first bytes (never by its name): one of the picture formats a post may hold, an SVG
// document, or something else.
export type SniffedImage = { kind: 'picture'; format: ImageFormat } | { kind: 'svg' } | { kind: 'other' };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

// An ISO-BMFF file (AVIF) opens with an `ftyp` box whose major or compatible brands name the format.
function isAvif(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 4) !== 'ftyp') return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize, bytes.length);
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at === 12) continue; // the minor version, not a brand
    const brand = ascii(bytes, at, 4);
    if (brand === 'avif' || brand === 'avis') return true;
  }
  return false;
}

const SIGNATURES: Record<ImageExtension, (bytes: Uint8Array) => boolean> = {
  png: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  gif: (bytes) => ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a',
  webp: (bytes) => ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP',
  avif: isAvif,
};

// An SVG is text: markup (after a byte-order mark and white space) with an <svg element near its start.
const SVG_LOOKAHEAD = 4096;
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SVG_LOOKAHEAD));
  const text = head.replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('<') && /<svg[\s>]/i.test(text);
}

export function sniffImage(bytes: Uint8Array): SniffedImage {
  const format = IMAGE_FORMATS.find((candidate) => SIGNATURES[candidate.extension](bytes));
  if (format) return { kind: 'picture', format };
  return isSvg(bytes) ? { kind: 'svg' } : { kind: 'other' };
}
