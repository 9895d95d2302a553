import { importFormatSchema, type ImportFormat } from '../../../electron/core/api';

// The formats offered in the Format select, in the contract's order.
export const importFormats: readonly ImportFormat[] = importFormatSchema.options;

export const isImportFormat = (value: string): value is ImportFormat =>
  importFormats.some((format) => format === value);

// Pasted text travels as a file of its own with this name.
export const PASTED_FILE_NAME = 'Pasted text';
