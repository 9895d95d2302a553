import { i18n } from '../i18n';
import { en } from '../i18n/en';

// A failed operation, with the contract's error code so callers can react to specific failures.
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type TranslatedCode = keyof typeof en.errors;
const isTranslated = (code: string): code is TranslatedCode => Object.hasOwn(en.errors, code);

// Failures the author can meet, said in the interface's language; any other keeps the core's own words.
export const errorMessage = (error: unknown): string => {
  if (error instanceof ApiError && isTranslated(error.code)) return i18n.t(`errors.${error.code}`);
  return error instanceof Error ? error.message : String(error);
};
