// Limits that the contract, the stored schema, the importer and the forms all hold to, each declared here only.

export const MAX_TITLE_LENGTH = 500;

// A BCP 47 language tag: "sv" or "en" at least, and short of the longest tags anyone writes.
export const MIN_LANG_LENGTH = 2;
export const MAX_LANG_LENGTH = 35;

export const MAX_CHANNEL_CODE_LENGTH = 24;
export const MAX_CHANNEL_DESCRIPTION_LENGTH = 300;

// One imported file; the importer refuses a bigger one even from callers that skip the contract.
export const MAX_IMPORT_MEGABYTES = 200;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;
