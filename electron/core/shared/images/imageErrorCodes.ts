// Why a picture was refused, one code each: the app says it in the author's language, the core's message in English.
export const IMAGE_REFUSAL_CODES = ['image-not-picture', 'image-too-big', 'image-svg', 'image-empty'] as const;

export type ImageRefusalCode = (typeof IMAGE_REFUSAL_CODES)[number];

export const isImageRefusalCode = (code: string): code is ImageRefusalCode =>
  (IMAGE_REFUSAL_CODES as readonly string[]).includes(code);
