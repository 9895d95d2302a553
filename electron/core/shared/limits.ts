// Limits that the contract, the stored schema, the importer and the forms all hold to, each declared here only.

export const MAX_TITLE_LENGTH = 500;

// A BCP 47 language tag: "sv" or "en" at least, and short of the longest tags anyone writes.
export const MIN_LANG_LENGTH = 2;
export const MAX_LANG_LENGTH = 35;

export const MAX_CHANNEL_CODE_LENGTH = 24;
export const MAX_CHANNEL_DESCRIPTION_LENGTH = 300;

// Sizes are told in megabytes of a million bytes, as file managers show them, everywhere Kanal names one.
export const BYTES_PER_MEGABYTE = 1_000_000;

// A size in megabytes with one decimal, rounded up so that a file over a limit never shows as the limit itself.
export const megabytes = (bytes: number): string => (Math.ceil(bytes / (BYTES_PER_MEGABYTE / 10)) / 10).toFixed(1);

// One imported file; the importer refuses a bigger one even from callers that skip the contract.
export const MAX_IMPORT_MEGABYTES = 200;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * BYTES_PER_MEGABYTE;

// Why a file is too big to import, in the same words wherever it is refused.
export const tooBigToImport = (bytes: number): string =>
  `it is ${megabytes(bytes)} MB, and Kanal imports files up to ${MAX_IMPORT_MEGABYTES} MB`;

// One picture in a post: the contract refuses a bigger one before its bytes reach the core, which checks again.
export const MAX_IMAGE_MEGABYTES = 25;
export const MAX_IMAGE_BYTES = MAX_IMAGE_MEGABYTES * BYTES_PER_MEGABYTE;
