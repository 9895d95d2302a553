import * as z from 'zod';
import { MAX_CHANNEL_CODE_LENGTH, MAX_LANG_LENGTH, MIN_LANG_LENGTH } from './limits';

// The shape of everything Kanal keeps. The root data file holds all but the bodies of posts and comment threads,
// which live in files of their own beside it (see store/postFiles.ts and store/threadFiles.ts).

export const SCHEMA_VERSION = 3;

// Every id Kanal stores: ids name files and folders, so a tampered one must not reach outside them.
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'not a Kanal id (1 to 64 letters, digits, _ or -)');

export const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date');

// A TipTap/ProseMirror JSON node; its content is checked against the editor's schema in content/validateDoc.ts.
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: DocNode[] | undefined;
  marks?: { type: string; attrs?: Record<string, unknown> | undefined }[] | undefined;
  text?: string | undefined;
}
export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1).max(64), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);
export const docSchema = z.object({ type: z.literal('doc'), content: z.array(docNodeSchema).optional() });
export type Doc = z.infer<typeof docSchema>;

export const postStatusSchema = z.enum(['draft', 'ready', 'published']);
export type PostStatus = z.infer<typeof postStatusSchema>;

// What the root file keeps of a post: everything a list shows, its word count included, counted when it was saved.
export const postInfoSchema = z.object({
  id: idSchema,
  title: z.string(),
  words: z.number().int().nonnegative(),
  channels: z.array(idSchema),
  status: postStatusSchema,
  lang: z.string().min(MIN_LANG_LENGTH).max(MAX_LANG_LENGTH),
  url: z.string().nullable(),
  slug: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  publishedAt: isoDate.nullable(),
  deletedAt: isoDate.nullable(),
});
export type PostInfo = z.infer<typeof postInfoSchema>;

// A post as the editor opens it: what the root keeps, and its body.
export const postSchema = postInfoSchema.extend({ doc: docSchema });
export type Post = z.infer<typeof postSchema>;

// A post's body, kept in its own file; `updatedAt` lets a body saved after the root was last written correct it.
export const postBodySchema = z.object({
  schemaVersion: z.number().int(),
  postId: idSchema,
  doc: docSchema,
  updatedAt: isoDate,
});
export type PostBody = z.infer<typeof postBodySchema>;

export const channelSchema = z.object({
  id: idSchema,
  code: z.string().min(1).max(MAX_CHANNEL_CODE_LENGTH),
  description: z.object({ en: z.string(), sv: z.string() }),
  builtIn: z.boolean(),
});
export type Channel = z.infer<typeof channelSchema>;

// What a WordPress export said of a post, kept as it was so an export back to WordPress matches it exactly
// (its importer finds an existing post by title, post date and post type).
export const wordpressPostSchema = z.object({
  postId: z.string(),
  title: z.string(),
  postDate: z.string(),
  postDateGmt: z.string(),
  postType: z.string(),
  guid: z.string(),
  link: z.string(),
  // The post author's WordPress user id, when the export names one.
  authorUserId: z.string().nullable(),
});
export type WordPressPost = z.infer<typeof wordpressPostSchema>;

// A WordPress comment's author and local date as the export wrote them (its importer skips a comment with both).
export const wordpressCommentSchema = z.object({ author: z.string(), date: z.string() });
export type WordPressComment = z.infer<typeof wordpressCommentSchema>;

export const commentStatusSchema = z.enum(['approved', 'pending']);
export const commentKindSchema = z.enum(['comment', 'pingback', 'trackback']);

export const commentSchema = z.object({
  id: idSchema,
  externalId: z.string(),
  parentId: idSchema.nullable(),
  author: z.object({ name: z.string(), email: z.string().optional(), url: z.string().optional() }),
  date: isoDate.nullable(),
  status: commentStatusSchema,
  kind: commentKindSchema,
  orphan: z.boolean(),
  // What the source says; `byAuthorOverride` is the author's own correction and wins when set.
  byAuthorSource: z.boolean(),
  byAuthorOverride: z.boolean().nullable(),
  html: z.string(),
  text: z.string(),
  // Identifies the same comment across imports when the source has no stable id.
  fingerprint: z.string(),
  // The author's word that this comment wants no answer; a re-import keeps it.
  noReplyNeeded: z.boolean(),
  wordpress: wordpressCommentSchema.optional(),
});
export type Comment = z.infer<typeof commentSchema>;

export const replyStatusSchema = z.enum(['draft', 'done']);
export type ReplyStatus = z.infer<typeof replyStatusSchema>;

// The author's answer to a reader's comment. Every reply answers `commentId`; a follow-up to one of the author's
// own finished replies to that comment also names it in `parentReplyId`. A comment has at most one draft.
export const replySchema = z.object({
  id: idSchema,
  commentId: idSchema,
  parentReplyId: idSchema.nullable(),
  doc: docSchema,
  status: replyStatusSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
  // When it was last finished; null while it is a draft.
  finishedAt: isoDate.nullable(),
  // Deleted replies stay restorable (Undo) for a while, like posts.
  deletedAt: isoDate.nullable(),
});
export type Reply = z.infer<typeof replySchema>;

// The bulky part of a thread, kept in its own file.
export const threadBodySchema = z.object({
  schemaVersion: z.number().int(),
  threadId: idSchema,
  comments: z.array(commentSchema),
  replies: z.array(replySchema),
});
export type ThreadBody = z.infer<typeof threadBodySchema>;

export const threadFormatSchema = z.enum(['wxr', 'disqus', 'blogger', 'wp-html', 'text']);
export type ThreadFormat = z.infer<typeof threadFormatSchema>;

// Why an import dropped a comment; missingThread: its post or thread is not in the file, so it belongs nowhere.
export const skipReasonSchema = z.enum(['spam', 'trash', 'deleted', 'note', 'duplicate', 'missingThread']);

// What a thread's last written import read: a digest of the thread as the source had it, with what normalizing its
// comments dropped and noted, so reading the same thread again is recognised before any of its comments is cleaned.
export const importDigestSchema = z.object({
  digest: z.string().max(128),
  skipped: z.partialRecord(skipReasonSchema, z.number().int().nonnegative()),
  warnings: z.array(z.string()),
});
export type ImportDigest = z.infer<typeof importDigestSchema>;

// What the root file keeps of a thread: enough to list it without reading its body.
export const threadIndexSchema = z.object({
  id: idSchema,
  title: z.string(),
  url: z.string().nullable(),
  postId: idSchema.nullable(),
  // Identifies the source post across imports (WXR guid/post_id, Disqus thread id, Blogger entry id, title).
  sourceKey: z.string(),
  format: threadFormatSchema,
  sourceFiles: z.array(z.string()),
  authorName: z.string().nullable(),
  authorEmail: z.string().nullable(),
  authorUsername: z.string().nullable(),
  commentCount: z.number().int().nonnegative(),
  needsReplyCount: z.number().int().nonnegative(),
  // Which body file is current: bodies are written under a new revision, then the root points at it.
  rev: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate,
  wordpress: wordpressPostSchema.optional(),
  importDigest: importDigestSchema.optional(),
});
export type ThreadIndex = z.infer<typeof threadIndexSchema>;

export const settingsSchema = z.object({
  authorNames: z.array(z.string()),
  authorEmails: z.array(z.string()),
  uiLanguage: z.enum(['en', 'sv']),
  theme: z.enum(['system', 'light', 'dark']),
});
export type Settings = z.infer<typeof settingsSchema>;

// A saved reply the author inserts and adapts; its text may hold placeholders (see fillSnippet.ts).
export const snippetSchema = z.object({
  id: idSchema,
  title: z.string(),
  text: z.string(),
});
export type Snippet = z.infer<typeof snippetSchema>;

export const rootSchema = z.object({
  schemaVersion: z.number().int().positive(),
  posts: z.array(postInfoSchema),
  // Posts whose body file was saved after the root last was: their word count and date are read from it on open.
  bodiesAhead: z.array(idSchema),
  channels: z.array(channelSchema),
  threads: z.array(threadIndexSchema),
  settings: settingsSchema,
  snippets: z.array(snippetSchema),
});
export type RootData = z.infer<typeof rootSchema>;
