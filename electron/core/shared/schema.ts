import { z } from 'zod';
import { MAX_CHANNEL_CODE_LENGTH, MAX_LANG_LENGTH, MIN_LANG_LENGTH } from './limits';

// The shape of everything Kanal keeps. The root data file holds all but comment threads' bodies,
// which live in files of their own beside it (see threadFiles.ts).

export const SCHEMA_VERSION = 1;

export const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date');

// A TipTap/ProseMirror JSON node; its content is checked against the editor's schema in content/validateDoc.ts.
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z.array(z.object({ type: z.string().min(1).max(64), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);
export const docSchema = z.object({ type: z.literal('doc'), content: z.array(docNodeSchema).optional() });
export type Doc = z.infer<typeof docSchema>;

export const postStatusSchema = z.enum(['draft', 'ready', 'published']);
export type PostStatus = z.infer<typeof postStatusSchema>;

export const postSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  doc: docSchema,
  channels: z.array(z.string()),
  status: postStatusSchema,
  lang: z.string().min(MIN_LANG_LENGTH).max(MAX_LANG_LENGTH),
  url: z.string().nullable(),
  slug: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  publishedAt: isoDate.nullable(),
  deletedAt: isoDate.nullable(),
});
export type Post = z.infer<typeof postSchema>;

export const channelSchema = z.object({
  id: z.string().min(1),
  code: z.string().min(1).max(MAX_CHANNEL_CODE_LENGTH),
  description: z.object({ en: z.string(), sv: z.string() }),
  builtIn: z.boolean(),
});
export type Channel = z.infer<typeof channelSchema>;

export const commentStatusSchema = z.enum(['approved', 'pending']);
export const commentKindSchema = z.enum(['comment', 'pingback', 'trackback']);

export const commentSchema = z.object({
  id: z.string().min(1),
  externalId: z.string(),
  parentId: z.string().nullable(),
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
});
export type Comment = z.infer<typeof commentSchema>;

export const replySchema = z.object({
  id: z.string().min(1),
  commentId: z.string().min(1),
  doc: docSchema,
  state: z.enum(['draft', 'done']),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Reply = z.infer<typeof replySchema>;

// The bulky part of a thread, kept in its own file.
export const threadBodySchema = z.object({
  schemaVersion: z.number().int(),
  threadId: z.string(),
  comments: z.array(commentSchema),
  replies: z.array(replySchema),
});
export type ThreadBody = z.infer<typeof threadBodySchema>;

export const threadFormatSchema = z.enum(['wxr', 'disqus', 'blogger', 'wp-html', 'text']);
export type ThreadFormat = z.infer<typeof threadFormatSchema>;

// What the root file keeps of a thread: enough to list it without reading its body.
export const threadIndexSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  url: z.string().nullable(),
  postId: z.string().nullable(),
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
});
export type ThreadIndex = z.infer<typeof threadIndexSchema>;

export const settingsSchema = z.object({
  authorNames: z.array(z.string()),
  authorEmails: z.array(z.string()),
  uiLanguage: z.enum(['en', 'sv']),
  theme: z.enum(['system', 'light', 'dark']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const rootSchema = z.object({
  schemaVersion: z.number().int().positive(),
  posts: z.array(postSchema),
  channels: z.array(channelSchema),
  threads: z.array(threadIndexSchema),
  settings: settingsSchema,
});
export type RootData = z.infer<typeof rootSchema>;
