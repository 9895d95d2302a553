// The main panel (the open post or thread), where the skip link and an opened search result take the focus.
export const MAIN_CONTENT_ID = 'main-content';

export const focusMainContent = (): void => document.getElementById(MAIN_CONTENT_ID)?.focus();
