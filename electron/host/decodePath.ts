// A percent-decoded URL path, or null when its encoding is malformed (decodeURIComponent would throw).
export function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
