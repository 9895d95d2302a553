// Which post was open in a library, and where its caret was, kept in this window's local storage.
export interface RememberedPost {
  postId: string;
  from: number;
  to: number;
}

const keyFor = (library: string): string => `kanal.openPost.${library}`;
// The library this window had last, so its open post can be asked for before the host has said which library it has.
const LAST_LIBRARY_KEY = 'kanal.lastLibrary';

export const readLastLibrary = (): string | null => {
  try {
    return localStorage.getItem(LAST_LIBRARY_KEY);
  } catch {
    return null;
  }
};

const isRemembered = (value: unknown): value is RememberedPost =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RememberedPost).postId === 'string' &&
  Number.isInteger((value as RememberedPost).from) &&
  Number.isInteger((value as RememberedPost).to);

export const readRememberedPost = (library: string): RememberedPost | null => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(keyFor(library)) ?? 'null');
    return isRemembered(value) ? value : null;
  } catch {
    return null;
  }
};

export const rememberLastLibrary = (library: string): void => {
  try {
    localStorage.setItem(LAST_LIBRARY_KEY, library);
  } catch {
    // Without storage the post is asked for once the host has named its library.
  }
};

export const rememberPost = (library: string, remembered: RememberedPost | null): void => {
  try {
    if (remembered) localStorage.setItem(keyFor(library), JSON.stringify(remembered));
    else localStorage.removeItem(keyFor(library));
  } catch {
    // Without storage the app still works; it only starts with no post open.
  }
};
