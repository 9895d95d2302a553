import type { IncomingMessage } from 'node:http';
import { KanalError } from '../core/errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES } from '../core/shared/limits';

// Room for the largest import file sent as base64 inside JSON.
export const MAX_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 16 * 1024 * 1024;

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit)
      throw new KanalError(
        'too-large',
        `The request is larger than Kanal accepts (${MAX_IMPORT_MEGABYTES} MB per file).`,
      );
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
