// JSON for the HTTP transport: bytes (imported files) travel as {"$bytes": base64}.

const BYTES_KEY = '$bytes';

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c: string) => c.charCodeAt(0));

export const encodeWire = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_KEY]: toBase64(v) } : v));

const revive = (_key: string, v: unknown): unknown => {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const record = v as Record<string, unknown>;
    const bytes = record[BYTES_KEY];
    if (typeof bytes === 'string' && Object.keys(record).length === 1) return fromBase64(bytes);
  }
  return v;
};

// A reviver costs several times the parse itself (a list of 1,000 posts): only a text that carries bytes needs one.
export const decodeWire = (text: string): unknown =>
  text.includes(`"${BYTES_KEY}"`) ? JSON.parse(text, revive) : JSON.parse(text);
