import { z } from 'zod';
import { idSchema } from '../../shared/schema';

const looseThread = z.object({ id: idSchema, rev: z.number().int().nonnegative(), commentCount: z.number().catch(0) });
const loosePost = z.object({ deletedAt: z.string().nullable().catch(null) });

// What a root names and counts, read leniently: a snapshot of a file that is not (or not yet) a valid library still
// keeps the files it names.
export function looseRoot(raw: unknown): {
  threads: { id: string; rev: number }[];
  posts: number;
  comments: number;
} {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
  const threads = listOf(record.threads).flatMap((t) => {
    const parsed = looseThread.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
  const posts = listOf(record.posts).filter((p) => loosePost.safeParse(p).data?.deletedAt === null).length;
  return { threads, posts, comments: threads.reduce((sum, t) => sum + Math.max(0, t.commentCount), 0) };
}
