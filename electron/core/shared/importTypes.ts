import type * as z from 'zod';
import type { skipReasonSchema, ThreadFormat, WordPressComment, WordPressPost } from './schema';

// The one normalized shape every parser produces; nothing here is sanitized yet.

export interface ImportedAuthor {
  name: string;
  email?: string;
  url?: string;
  // Source account ids used to recognize the post author's own comments.
  username?: string;
  userId?: string;
  // A guest whose e-mail nobody verified (Disqus isAnonymous, Blogger ANONYMOUS): never matched to the post author by e-mail.
  anonymous?: boolean;
}

export interface ImportedComment {
  // The source's id; parsers of flat sources (pasted text) number the comments themselves.
  externalId: string;
  parentExternalId: string | null;
  author: ImportedAuthor;
  // ISO-8601 UTC, or null when the source has none.
  date: string | null;
  status: 'approved' | 'pending' | 'spam' | 'trash' | 'deleted';
  kind: 'comment' | 'pingback' | 'trackback' | 'note';
  // Raw HTML as the source has it (plain text sources give escaped paragraphs).
  html: string;
  // The source itself marks the comment as the post author's (a saved page's `bypostauthor` class).
  byPostAuthor?: boolean;
  // The source has no id for it and the parser numbered it, so the id says nothing across imports.
  numberedByParser?: boolean;
  wordpress?: WordPressComment;
  // What a Kanal export wrote of it: the comment's fingerprint, or the id of the author's reply it is.
  kanal?: KanalCommentMarks;
}

export interface KanalCommentMarks {
  fingerprint?: string;
  replyId?: string;
}

export interface ImportedThread {
  // Stable across exports of the same blog: guid, post id, Disqus thread id, Blogger entry id, or the title.
  sourceKey: string;
  title: string;
  url: string | null;
  slug: string | null;
  author: ImportedAuthor | null;
  // The post's own content, to create a post when no existing one matches.
  postHtml: string | null;
  publishedAt: string | null;
  lang: string | null;
  categories: string[];
  comments: ImportedComment[];
  wordpress?: WordPressPost;
  // The Kanal thread a Kanal export wrote this from.
  kanalThreadId?: string;
}

export interface ParsedImport {
  format: ThreadFormat;
  threads: ImportedThread[];
  // Comments dropped by the parser itself because they were unusable (for example a Disqus post with no thread).
  warnings: string[];
  skipped?: Partial<SkipCounts>;
}

export type SkipReason = z.infer<typeof skipReasonSchema>;
export type SkipCounts = Record<SkipReason, number>;

export type ImportProgress = (done: number, total: number) => void;
