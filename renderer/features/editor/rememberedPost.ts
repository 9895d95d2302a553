// Which post was open in a library, and where its caret was, kept in this window's local storage.
export interface RememberedPost {
  postId: string;
  from: number;
  to: number;
}

const keyFor = (library: string): string => `kanal.openPost.${library}`;

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

export const rememberPost = (library: string, remembered: RememberedPost | null): void => {
  try {
    if (remembered) localStorage.setItem(keyFor(library), JSON.stringify(remembered));
    else localStorage.removeItem(keyFor(library));
  } catch {
    // Without storage the app still works; it only starts with no post open.
  }
};
