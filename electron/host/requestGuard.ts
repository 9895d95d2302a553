import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Only this machine, only pages we served: the Host header defeats DNS rebinding, the token other local pages.
export function hostIsOurs(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function originIsOurs(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(req: IncomingMessage, token: string): boolean {
  return givenTokenMatches(req.headers['x-kanal-token'], token);
}

// A picture is loaded by an <img>, which sends no header of ours: its address carries the token instead.
export function queryTokenMatches(url: URL, token: string): boolean {
  return givenTokenMatches(url.searchParams.get('token') ?? undefined, token);
}

function givenTokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
