import type { ImportedThreadSummary } from '../api';
import { htmlToDoc } from '../content/htmlToDoc';
import type { Deps } from '../deps';
import { mergeComments, suggestChannelCodes, type NormalizedImport, type NormalizedThread } from '../import';
import type { Library, ThreadWrite } from '../store/library';
import { docWords } from '../shared/content/docWords';
import type { PostBody, PostInfo, RootData, ThreadBody, ThreadIndex } from '../shared/schema';
import { SCHEMA_VERSION } from '../shared/schema';
import { TimeSlices } from '../search/timeSlices';
import { guessLanguage } from './guessLanguage';
import { matchPost } from './matchPost';
import { countNeedingReply } from './resolveComments';

// One file is one transaction: every thread of it lands, or none does.
export function applyImport(
  library: Library,
  deps: Deps,
  parsed: NormalizedImport,
  fileName: string,
): Promise<ImportedThreadSummary[]> {
  return library.commit(async (data) => {
    const writes: ThreadWrite[] = [];
    const posts: PostBody[] = [];
    const summaries: ImportedThreadSummary[] = [];
    // The event loop runs between slices, so the window's reads are answered while a big export lands.
    const slices = new TimeSlices();
    for (const incoming of parsed.threads) {
      if (slices.due()) await slices.pause();
      const { summary, write, post } = await applyThread(library, deps, data, parsed, incoming, fileName);
      summaries.push(summary);
      if (write) writes.push(write);
      if (post) posts.push(post);
    }
    return { result: summaries, threads: writes, posts };
  });
}

async function applyThread(
  library: Library,
  deps: Deps,
  data: RootData,
  parsed: NormalizedImport,
  incoming: NormalizedThread,
  fileName: string,
): Promise<{ summary: ImportedThreadSummary; write: ThreadWrite | null; post: PostBody | null }> {
  const now = deps.now().toISOString();
  const codes = data.channels.map((c) => c.code);
  const suggested = suggestChannelCodes(`${incoming.title}\n${incoming.suggestedText}`, codes);
  let thread = data.threads.find((t) => t.format === parsed.format && t.sourceKey === incoming.sourceKey);
  const newThread = !thread;
  let newPost: PostBody | null = null;
  if (!thread) {
    let post = matchPost(data.posts, incoming);
    if (!post) {
      const created = createPost(deps, data, incoming, suggested, now);
      post = created.info;
      data.posts.push(post);
      newPost = created.body;
    }
    thread = newThreadIndex(deps, parsed, incoming, post.id, now);
    data.threads.push(thread);
  }
  const existing: ThreadBody = newThread
    ? { schemaVersion: SCHEMA_VERSION, threadId: thread.id, comments: [], replies: [] }
    : await library.readThreadBody(thread);
  const merged = mergeComments(existing.comments, incoming.comments, deps.newId);
  if (!thread.sourceFiles.includes(fileName)) thread.sourceFiles.push(fileName);
  let write: ThreadWrite | null = null;
  if (newThread || merged.added > 0) {
    const body: ThreadBody = { ...existing, comments: merged.comments };
    thread.rev = newThread ? 0 : thread.rev + 1;
    thread.commentCount = body.comments.length;
    thread.needsReplyCount = countNeedingReply(body, data.settings);
    thread.updatedAt = now;
    write = { threadId: thread.id, rev: thread.rev, body };
  }
  return {
    summary: {
      id: thread.id,
      title: thread.title,
      url: thread.url,
      postId: thread.postId,
      comments: thread.commentCount,
      needsReply: thread.needsReplyCount,
      added: merged.added,
      newThread,
      newPost: newPost !== null,
      suggestedChannels: suggested,
    },
    write,
    post: newPost,
  };
}

function newThreadIndex(
  deps: Deps,
  parsed: NormalizedImport,
  incoming: NormalizedThread,
  postId: string,
  now: string,
): ThreadIndex {
  return {
    id: deps.newId(),
    title: incoming.title,
    url: incoming.url,
    postId,
    sourceKey: incoming.sourceKey,
    format: parsed.format,
    sourceFiles: [],
    authorName: incoming.author?.name || null,
    authorEmail: incoming.author?.email ?? null,
    authorUsername: incoming.author?.username ?? null,
    commentCount: 0,
    needsReplyCount: 0,
    rev: 0,
    createdAt: now,
    updatedAt: now,
  };
}

// A published post the author does not have yet: its text becomes an editable post, tagged with the
// channels its text names (shown in the summary, and easy to untick).
function createPost(
  deps: Deps,
  data: RootData,
  incoming: NormalizedThread,
  suggested: string[],
  now: string,
): { info: PostInfo; body: PostBody } {
  const doc = htmlToDoc(incoming.postHtml ?? '');
  const channelIds = suggested.flatMap((code) => data.channels.filter((c) => c.code === code).map((c) => c.id));
  const info: PostInfo = {
    id: deps.newId(),
    title: incoming.title,
    words: docWords(doc),
    channels: channelIds,
    status: 'published',
    lang: incoming.lang ?? guessLanguage(`${incoming.title} ${incoming.suggestedText}`, data.settings.uiLanguage),
    url: incoming.url,
    slug: incoming.slug,
    createdAt: now,
    updatedAt: now,
    publishedAt: incoming.publishedAt,
    deletedAt: null,
  };
  return { info, body: { schemaVersion: SCHEMA_VERSION, postId: info.id, doc, updatedAt: now } };
}
