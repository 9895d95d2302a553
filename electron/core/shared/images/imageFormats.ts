// The picture formats a post may hold, each with the file ending Kanal stores it under and its media type.
// SVG is not one: it is a document that can carry script and links, so it is refused, never inlined.
export const IMAGE_FORMATS = [
  { extension: 'png', mimeType: 'image/png', label: 'PNG' },
  { extension: 'jpg', mimeType: 'image/jpeg', label: 'JPEG' },
  { extension: 'gif', mimeType: 'image/gif', label: 'GIF' },
  { extension: 'webp', mimeType: 'image/webp', label: 'WebP' },
  { extension: 'avif', mimeType: 'image/avif', label: 'AVIF' },
] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ImageExtension = ImageFormat['extension'];

// For a file chooser's `accept`.
export const IMAGE_MIME_TYPES: readonly string[] = IMAGE_FORMATS.map((format) => format.mimeType);

export const imageFormatOfExtension = (extension: string): ImageFormat | null =>
  IMAGE_FORMATS.find((format) => format.extension === extension) ?? null;

// "PNG, JPEG, GIF, WebP or AVIF", for messages.
const labels: readonly string[] = IMAGE_FORMATS.map((format) => format.label);
export const IMAGE_FORMAT_NAMES = `${labels.slice(0, -1).join(', ')} or ${labels.at(-1) ?? ''}`;
