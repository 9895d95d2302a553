import { KanalError } from '../errors';
import { IMAGE_MIME_TYPES } from '../shared/images/imageFormats';
import type { ImageRefusalCode } from '../shared/images/imageErrorCodes';
import {
  MAX_PICTURE_REDIRECTS,
  PICTURE_DOWNLOAD_TIMEOUT_SECONDS,
  type PictureDownloadFailureCode,
} from '../shared/images/pictureDownloadCodes';
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGABYTES, megabytes } from '../shared/limits';
import { allowedUrl, WEB_SCHEMES } from '../shared/policy';
import { tooBigMessage } from './imagesService';

// Why a picture did not arrive, or arrived too big to keep: a code, the English sentence and what fills it.
export interface DownloadProblem {
  code: PictureDownloadFailureCode | ImageRefusalCode;
  message: string;
  values: Record<string, string>;
}

export type FetchedPicture = { ok: true; data: Uint8Array<ArrayBuffer> } | { ok: false; problem: DownloadProblem };

export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
}

export const PICTURE_FETCH_LIMITS: FetchLimits = {
  timeoutMs: PICTURE_DOWNLOAD_TIMEOUT_SECONDS * 1000,
  maxRedirects: MAX_PICTURE_REDIRECTS,
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

class Problem extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(problem.message);
  }
}

const notDownloaded = (
  url: string,
  code: PictureDownloadFailureCode,
  reason: string,
  values: Record<string, string> = {},
) => new Problem({ code, message: `“${url}” could not be downloaded: ${reason}.`, values: { name: url, ...values } });

const tooBig = (url: string, bytes: number | null) =>
  new Problem({
    code: 'image-too-big',
    message: tooBigMessage(url, bytes),
    values: { name: url, limit: String(MAX_IMAGE_MEGABYTES), ...(bytes === null ? {} : { size: megabytes(bytes) }) },
  });

// The bytes of a response, refused as soon as they pass the limit: by Content-Length before any arrive, else while
// they stream in, so a picture that is too big is never held whole.
async function limitedBody(url: string, response: Response): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_IMAGE_BYTES) {
    await response.body?.cancel();
    throw tooBig(url, declared);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body ?? []) {
    received += chunk.byteLength;
    // Leaving the loop cancels the stream: the rest is never read.
    if (received > MAX_IMAGE_BYTES) throw tooBig(url, null);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// The next address a redirect names, when it is one on the web (never file:, data: or another scheme).
function redirectTarget(url: string, from: string, response: Response): string {
  const next = resolvedLocation(response.headers.get('location'), from);
  if (next === null)
    throw notDownloaded(url, 'redirect-refused', 'its server sends Kanal on to an address that is not on the web');
  return next;
}

function resolvedLocation(location: string | null, from: string): string | null {
  if (location === null) return null;
  try {
    return allowedUrl(new URL(location, from).href, WEB_SCHEMES);
  } catch {
    return null;
  }
}

const errorCode = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

// A network failure in plain words: the server's name not found, or the server not answering.
function networkProblem(url: string, at: string, error: unknown, timedOutAfter: number | null): Problem {
  if (timedOutAfter !== null) {
    const seconds = String(timedOutAfter / 1000);
    return notDownloaded(url, 'timed-out', `it did not arrive within ${seconds} seconds`, { seconds });
  }
  const host = new URL(at).hostname;
  const code = errorCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return notDownloaded(url, 'host-not-found', `there is no server named ${host}`, { host });
  return notDownloaded(url, 'unreachable', `the server ${host} could not be reached`, { host });
}

async function follow(url: string, limits: FetchLimits, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  let at = url;
  for (let redirects = 0; ; redirects += 1) {
    let response: Response;
    try {
      // Redirects are followed here, one checked address at a time, so none leads to another scheme.
      // eslint-disable-next-line no-restricted-globals -- Node's own fetch (undici), in the core, never the page's.
      response = await fetch(at, { redirect: 'manual', signal, headers: { accept: IMAGE_MIME_TYPES.join(', ') } });
    } catch (error) {
      throw networkProblem(url, at, error, signal.aborted ? limits.timeoutMs : null);
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel();
      if (redirects >= limits.maxRedirects)
        throw notDownloaded(
          url,
          'too-many-redirects',
          `its server sent Kanal on more than ${limits.maxRedirects} times`,
          {
            redirects: String(limits.maxRedirects),
          },
        );
      at = redirectTarget(url, at, response);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw notDownloaded(url, 'http-error', `the server answered ${status}`, { status });
    }
    try {
      return await limitedBody(url, response);
    } catch (error) {
      if (error instanceof Problem) throw error;
      throw networkProblem(url, at, error, signal.aborted ? limits.timeoutMs : null);
    }
  }
}

// Downloads one picture from an http or https address, within a time limit, a limit on redirects and the picture
// size limit; what it is stays for the same check as a picture the author adds.
export async function fetchPicture(url: string, limits: FetchLimits = PICTURE_FETCH_LIMITS): Promise<FetchedPicture> {
  if (allowedUrl(url, WEB_SCHEMES) === null)
    throw new KanalError('invalid-input', `Kanal downloads pictures only from ${WEB_SCHEMES.join(' and ')} addresses.`);
  try {
    return { ok: true, data: await follow(url, limits, AbortSignal.timeout(limits.timeoutMs)) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.problem };
    throw error;
  }
}
