import { Library } from '../../electron/core/store/library';
import { docWords } from '../../electron/core/shared/content/docWords';
import {
  SCHEMA_VERSION,
  type Comment,
  type Doc,
  type PostBody,
  type PostInfo,
  type ThreadIndex,
} from '../../electron/core/shared/schema';
import type { ThreadWrite } from '../../electron/core/store/library';
import { seeded, sentence } from '../seeded';

export interface LibrarySize {
  posts: number;
  comments: number;
  // Of about 45 words each; 30 unless given.
  paragraphs?: number;
}

export const postDoc = (random: () => number, paragraphs: number): Doc => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: sentence(random, 45) }],
  })),
});

function comment(random: () => number, thread: number, i: number): Comment {
  const text = sentence(random, 25);
  const reader = Math.floor(random() * 500);
  return {
    id: `c${thread}-${i}`,
    externalId: String(thread * 100000 + i),
    parentId: i > 0 && random() < 0.3 ? `c${thread}-${i - 1}` : null,
    author: { name: `Läsare ${reader}`, email: `lasare${reader}@example.org` },
    date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    status: 'approved',
    kind: 'comment',
    orphan: false,
    byAuthorSource: false,
    byAuthorOverride: null,
    html: `<p>${text}</p>`,
    text,
    fingerprint: `f${thread}-${i}`,
    noReplyNeeded: false,
  };
}

// A library as Kanal keeps it: `posts` posts of about 30 paragraphs (8 kB of text each), each with a comment thread,
// `comments` comments spread over them. Written through the store, so every file is what Kanal itself writes.
export async function generateLibrary(dataFile: string, size: LibrarySize, seed = 3): Promise<void> {
  const random = seeded(seed);
  const library = await Library.open(dataFile);
  const now = '2025-01-01T00:00:00.000Z';
  const perThread = Math.ceil(size.comments / size.posts);
  // In slices, so the biggest library never holds all its comments in memory at once.
  const SLICE = 250;
  for (let start = 0; start < size.posts; start += SLICE) {
    await library.commit((data) => {
      const posts: PostBody[] = [];
      const threads: ThreadWrite[] = [];
      for (let p = start; p < Math.min(size.posts, start + SLICE); p++) {
        const doc = postDoc(random, size.paragraphs ?? 30);
        const info: PostInfo = {
          id: `p${p}`,
          title: `Inlägg ${p}: ${sentence(random, 4)}`,
          words: docWords(doc),
          channels: [],
          status: 'published',
          lang: 'sv',
          url: `https://kanal.example/${p}/`,
          slug: `inlagg-${p}`,
          createdAt: now,
          updatedAt: new Date(Date.UTC(2020, 0, 1) + p * 60_000).toISOString(),
          publishedAt: now,
          deletedAt: null,
        };
        data.posts.push(info);
        posts.push({ schemaVersion: SCHEMA_VERSION, postId: info.id, doc, updatedAt: info.updatedAt });
        const count = Math.min(perThread, size.comments - p * perThread);
        const index: ThreadIndex = {
          id: `t${p}`,
          title: info.title,
          url: info.url,
          postId: info.id,
          sourceKey: `k${p}`,
          format: 'wxr',
          sourceFiles: ['export.xml'],
          authorName: null,
          authorEmail: null,
          authorUsername: null,
          commentCount: Math.max(0, count),
          needsReplyCount: Math.max(0, count),
          rev: 0,
          createdAt: now,
          updatedAt: now,
        };
        data.threads.push(index);
        const comments = Array.from({ length: Math.max(0, count) }, (_, i) => comment(random, p, i));
        threads.push({
          threadId: index.id,
          rev: 0,
          body: { schemaVersion: SCHEMA_VERSION, threadId: index.id, comments, replies: [] },
        });
      }
      return { result: null, posts, threads };
    });
  }
  await library.close();
}
