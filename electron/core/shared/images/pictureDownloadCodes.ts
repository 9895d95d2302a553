// Why a picture on the web could not be downloaded, one code each: the app says it in the author's language, the
// core's message in English. A picture that arrived but is none Kanal takes is refused with an image refusal code.
export const PICTURE_DOWNLOAD_FAILURE_CODES = [
  'host-not-found',
  'unreachable',
  'timed-out',
  'http-error',
  'redirect-refused',
  'too-many-redirects',
  'not-in-post',
] as const;

export type PictureDownloadFailureCode = (typeof PICTURE_DOWNLOAD_FAILURE_CODES)[number];

// The longest one picture may take to arrive, and how many times its server may send Kanal on to another address.
export const PICTURE_DOWNLOAD_TIMEOUT_SECONDS = 30;
export const MAX_PICTURE_REDIRECTS = 5;
