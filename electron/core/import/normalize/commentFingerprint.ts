import { createHash } from 'node:crypto';
import type { ThreadFormat } from '../../shared/schema';
import type { CleanComment } from './cleanComment';

// Stable across imports of the same source: the source's own id where it has one, else a hash of what was said.
// A Kanal export names the fingerprint the comment had, so the same comment is recognised whatever its first source.
export function commentFingerprint(format: ThreadFormat, threadKey: string, comment: CleanComment): string {
  if (comment.source.kanal?.fingerprint) return comment.source.kanal.fingerprint;
  if (!comment.source.numberedByParser) return `${format}:${threadKey}#${comment.externalId}`;
  const said = [comment.author.name.toLowerCase(), comment.date ?? '', comment.text.replace(/\s+/g, ' ').trim()];
  return `${format}:sha1:${createHash('sha1').update(said.join('\n')).digest('hex')}`;
}

// Two identical unnumbered comments far apart stay two: the second gets "#2".
export function uniqueFingerprints(fingerprints: string[]): string[] {
  const seen = new Map<string, number>();
  return fingerprints.map((fp) => {
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    return n === 1 ? fp : `${fp}#${n}`;
  });
}
