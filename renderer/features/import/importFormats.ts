import type { ImportFormat } from '../../../electron/core/api';

// The formats offered in the Format select, in the order an author is likely to need them.
export const importFormats: ImportFormat[] = ['auto', 'wxr', 'disqus', 'blogger', 'wp-html', 'text'];

export const isImportFormat = (value: string): value is ImportFormat =>
  importFormats.some((format) => format === value);

// Pasted text travels as a file of its own with this name.
export const PASTED_FILE_NAME = 'Pasted text';
