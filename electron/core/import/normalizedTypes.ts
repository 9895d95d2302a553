import type { ImportDigest, ThreadFormat, WordPressComment } from '../shared/schema';
import type { ImportedThread, SkipCounts } from '../shared/importTypes';

// What `parseImportFile` hands the integrator: sanitized, threaded, de-duplicated comments per thread.

export type ImportFormatOption = ThreadFormat | 'auto';

// The author's own names and e-mails from Settings; matched trimmed and case-insensitively.
export interface AuthorIdentities {
  names: string[];
  emails: string[];
}

export interface ImportInput {
  name: string;
  data: Uint8Array;
}

export interface ImportOptions {
  format: ImportFormatOption;
  identities: AuthorIdentities;
  onProgress?: (done: number, total: number) => void;
  // The digests of the threads the library last imported: a thread read the same again is not normalized again.
  known?: ImportDigest[];
}

export interface NormalizedComment {
  externalId: string;
  // Always a comment of the same thread in this import; null for top-level comments and orphans.
  parentExternalId: string | null;
  author: { name: string; email?: string; url?: string };
  date: string | null;
  status: 'approved' | 'pending';
  kind: 'comment' | 'pingback' | 'trackback';
  // Its parent is missing from the file or was dropped, so it is shown at the top level.
  orphan: boolean;
  byAuthorSource: boolean;
  // Sanitized to the comment allow-list.
  html: string;
  text: string;
  fingerprint: string;
  wordpress?: WordPressComment;
  // The author's reply a Kanal export wrote this comment from.
  kanalReplyId?: string;
}

export interface NormalizedThread extends Omit<ImportedThread, 'comments'> {
  // Plain text of the title and post, for channel suggestions. postHtml stays RAW: the integrator sanitizes it.
  suggestedText: string;
  // This thread as read, and what normalizing its comments dropped and noted.
  importDigest: ImportDigest;
  // The library holds this very thread from its last import: its comments were not normalized, and `comments` is empty.
  unchanged: boolean;
  comments: NormalizedComment[];
}

export interface NormalizedImport {
  format: ThreadFormat;
  threads: NormalizedThread[];
  skipped: SkipCounts;
  warnings: string[];
}
