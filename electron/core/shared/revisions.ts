import * as z from 'zod';
import { docSchema, idSchema, isoDate } from './schema';

// Why a revision was kept: the author paused after a meaningful change, or the text was about to be replaced by a
// restored revision, or the post was about to be published.
export const revisionReasons = ['pause', 'restore', 'publish'] as const;
export type RevisionReason = (typeof revisionReasons)[number];

// One kept version of a post: its text and title as they were, and how many words it added and removed against the
// revision before it.
export const revisionSchema = z.object({
  id: idSchema,
  createdAt: isoDate,
  reason: z.enum(revisionReasons),
  title: z.string(),
  words: z.number().int().nonnegative(),
  wordsAdded: z.number().int().nonnegative(),
  wordsRemoved: z.number().int().nonnegative(),
  doc: docSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

// A post's revision file, oldest first.
export const revisionFileSchema = z.object({
  schemaVersion: z.number().int(),
  postId: idSchema,
  revisions: z.array(revisionSchema),
});
export type RevisionFile = z.infer<typeof revisionFileSchema>;
