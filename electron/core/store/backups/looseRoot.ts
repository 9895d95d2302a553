import * as z from 'zod';
import { idSchema } from '../../shared/schema';
import { isBeforeBodyFiles } from '../postBodies';

const looseThread = z.object({ id: idSchema, rev: z.number().int().nonnegative(), commentCount: z.number().catch(0) });
const loosePost = z.object({ deletedAt: z.string().nullable().catch(null) });
const postWithId = z.object({ id: idSchema });

// What a root names and counts, read leniently: a snapshot of a file that is not (or not yet) a valid library still
// keeps the files it names. A root from before post bodies had files names none of theirs: it holds them itself.
export function looseRoot(raw: unknown): {
  posts: { id: string }[];
  threads: { id: string; rev: number }[];
  postCount: number;
  comments: number;
} {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
  const threads = listOf(record.threads).flatMap((t) => {
    const parsed = looseThread.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
  const posts = listOf(record.posts);
  const named = posts.flatMap((p) => {
    const parsed = postWithId.safeParse(p);
    return parsed.success ? [{ id: parsed.data.id }] : [];
  });
  return {
    posts: isBeforeBodyFiles(record) ? [] : named,
    threads,
    postCount: posts.filter((p) => loosePost.safeParse(p).data?.deletedAt === null).length,
    comments: threads.reduce((sum, t) => sum + Math.max(0, t.commentCount), 0),
  };
}
