const STORAGE_KEY = 'kanal.token';
export const TOKEN_LOST_EVENT = 'kanal:token-lost';

// The host prints an address with ?token=…; keep it for this tab and take it out of the address bar.
const takeTokenFromAddress = (): string | null => {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return null;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  try {
    sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage can be disabled; the token then lives only as long as this page.
  }
  return token;
};

const readStoredToken = (): string | null => {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

let token: string | null = takeTokenFromAddress() ?? readStoredToken();

export const sessionToken = (): string | null => token;

// A refused token (the host was restarted) sends the user back to the address the host printed.
export const forgetSessionToken = (): void => {
  token = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
  window.dispatchEvent(new Event(TOKEN_LOST_EVENT));
};
