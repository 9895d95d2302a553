import type { ImportedThreadSummary } from '../api';
import type { Deps } from '../deps';
import { mergeComments } from '../import/mergeComments';
import type { NormalizedComment, NormalizedImport, NormalizedThread } from '../import/normalizedTypes';
import { suggestChannelCodes } from '../import/suggestChannelCodes';
import type { ImportRunner } from '../import/worker/importRunner';
import type { Library, ThreadWrite } from '../store/library';
import { docWords } from '../shared/content/docWords';
import type { Doc, PostBody, PostInfo, RootData, ThreadBody, ThreadIndex } from '../shared/schema';
import { SCHEMA_VERSION } from '../shared/schema';
import { TimeSlices } from '../search/timeSlices';
import { guessLanguage } from './guessLanguage';
import { PostMatcher } from './matchPost';
import { countNeedingReply } from './resolveComments';
import { ThreadFinder } from './threadFinder';

// What a file's threads are looked up in: the library's threads and posts, and those the file adds.
interface Lookups {
  threads: ThreadFinder;
  posts: PostMatcher;
  // The documents of the posts the file may add, made before the loop so the loop itself never parses HTML.
  docs: Map<NormalizedThread, Doc>;
}

// One file is one transaction: every thread of it lands, or none does. Null, with nothing changed, when a thread the
// file was read against changed since (its comments were left unread as unchanged): the file must be read whole.
export function applyImport(
  library: Library,
  deps: Deps,
  runner: ImportRunner,
  parsed: NormalizedImport,
  fileName: string,
): Promise<ImportedThreadSummary[] | null> {
  return library.commit(async (data) => {
    const threads = new ThreadFinder(data.threads);
    if (!unchangedStillHeld(parsed, threads)) return { result: null, rootUnchanged: true };
    const writes: ThreadWrite[] = [];
    const posts: PostBody[] = [];
    const summaries: ImportedThreadSummary[] = [];
    const matcher = new PostMatcher(data.posts);
    const lookups: Lookups = { threads, posts: matcher, docs: await newPostDocs(runner, parsed, threads, matcher) };
    // The event loop runs between slices, so the window's reads are answered while a big export lands.
    const slices = new TimeSlices();
    let rootChanged = false;
    for (const incoming of parsed.threads) {
      if (slices.due()) await slices.pause();
      const applied = await applyThread(library, deps, data, parsed, incoming, fileName, lookups);
      summaries.push(applied.summary);
      if (applied.write) writes.push(applied.write);
      if (applied.post) posts.push(applied.post);
      rootChanged ||= applied.indexChanged;
    }
    // A file with nothing new leaves the library's root as it was: it is neither checked nor written again.
    return { result: summaries, threads: writes, posts, rootUnchanged: !rootChanged };
  });
}

// Each thread read as unchanged is still the one thread of the library it continues, at the digest it was read against.
function unchangedStillHeld(parsed: NormalizedImport, threads: ThreadFinder): boolean {
  const continued = parsed.threads.map((incoming) => threads.find(parsed.format, incoming));
  const readers = new Map<ThreadIndex, number>();
  for (const thread of continued) if (thread) readers.set(thread, (readers.get(thread) ?? 0) + 1);
  return parsed.threads.every((incoming, i) => {
    if (!incoming.unchanged) return true;
    const thread = continued[i];
    return thread?.importDigest?.digest === incoming.importDigest.digest && readers.get(thread) === 1;
  });
}

// The documents of the posts this file may add: for its threads that match no thread and no post yet.
async function newPostDocs(
  runner: ImportRunner,
  parsed: NormalizedImport,
  threads: ThreadFinder,
  posts: PostMatcher,
): Promise<Map<NormalizedThread, Doc>> {
  const needed = parsed.threads.filter((incoming) => !threads.find(parsed.format, incoming) && !posts.match(incoming));
  const docs = await runner.postDocs(needed.map((incoming) => incoming.postHtml ?? ''));
  return new Map(docs.map((doc, i) => [needed[i] as NormalizedThread, doc]));
}

// Data only grows within a commit, so a thread that needs a post now needed one when the documents were made.
function docOf(docs: Map<NormalizedThread, Doc>, incoming: NormalizedThread): Doc {
  const doc = docs.get(incoming);
  if (!doc) throw new Error(`no text was made for the post “${incoming.title}”`);
  return doc;
}

async function applyThread(
  library: Library,
  deps: Deps,
  data: RootData,
  parsed: NormalizedImport,
  incoming: NormalizedThread,
  fileName: string,
  lookups: Lookups,
): Promise<{
  summary: ImportedThreadSummary;
  write: ThreadWrite | null;
  post: PostBody | null;
  indexChanged: boolean;
}> {
  const now = deps.now().toISOString();
  const codes = data.channels.map((c) => c.code);
  const suggested = suggestChannelCodes(`${incoming.title}\n${incoming.suggestedText}`, codes);
  let thread = lookups.threads.find(parsed.format, incoming);
  const newThread = !thread;
  let newPost: PostBody | null = null;
  if (!thread) {
    let post = lookups.posts.match(incoming);
    if (!post) {
      const created = createPost(deps, data, incoming, docOf(lookups.docs, incoming), suggested, now);
      post = created.info;
      data.posts.push(post);
      lookups.posts.add(post);
      newPost = created.body;
    }
    thread = newThreadIndex(deps, parsed, incoming, post.id, now);
    data.threads.push(thread);
    lookups.threads.add(thread);
  }
  // A thread read as unchanged adds nothing, so its stored comments are not even read.
  const existing: ThreadBody | null = incoming.unchanged
    ? null
    : newThread
      ? { schemaVersion: SCHEMA_VERSION, threadId: thread.id, comments: [], replies: [] }
      : await library.readThreadBody(thread);
  const merged = existing
    ? mergeComments(existing.comments, withoutOwnReplies(incoming.comments, existing), deps.newId)
    : { comments: [], added: 0 };
  let indexChanged = newThread;
  if (!thread.wordpress && thread.format === 'wxr' && incoming.wordpress) {
    thread.wordpress = incoming.wordpress;
    indexChanged = true;
  }
  if (!thread.sourceFiles.includes(fileName)) {
    thread.sourceFiles.push(fileName);
    indexChanged = true;
  }
  let write: ThreadWrite | null = null;
  if (existing && (newThread || merged.added > 0)) {
    const body: ThreadBody = { ...existing, comments: merged.comments };
    thread.rev = newThread ? 0 : thread.rev + 1;
    thread.commentCount = body.comments.length;
    thread.needsReplyCount = countNeedingReply(body, data.settings);
    thread.updatedAt = now;
    write = { threadId: thread.id, rev: thread.rev, body };
    indexChanged = true;
  }
  // The digest is kept only with a root that is written anyway: a file with nothing new still writes nothing.
  if (indexChanged) thread.importDigest = incoming.importDigest;
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
    indexChanged,
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
    ...(incoming.wordpress ? { wordpress: incoming.wordpress } : {}),
  };
}

// The published copies of the author's own replies (a Kanal export, back from WordPress) are those replies, not new
// comments; a reader's answer to one lands under the comment the reply answered.
function withoutOwnReplies(comments: NormalizedComment[], body: ThreadBody): NormalizedComment[] {
  const replies = new Map(body.replies.map((reply) => [reply.id, reply]));
  const externalIds = new Map(body.comments.map((comment) => [comment.id, comment.externalId]));
  const answered = new Map<string, string | null>();
  for (const comment of comments) {
    const reply = comment.kanalReplyId === undefined ? undefined : replies.get(comment.kanalReplyId);
    if (reply) answered.set(comment.externalId, externalIds.get(reply.commentId) ?? null);
  }
  if (answered.size === 0) return comments;
  return comments
    .filter((comment) => !answered.has(comment.externalId))
    .map((comment) =>
      comment.parentExternalId !== null && answered.has(comment.parentExternalId)
        ? { ...comment, parentExternalId: answered.get(comment.parentExternalId) ?? null }
        : comment,
    );
}

// A published post the author does not have yet: its text becomes an editable post, tagged with the
// channels its text names (shown in the summary, and easy to untick).
function createPost(
  deps: Deps,
  data: RootData,
  incoming: NormalizedThread,
  doc: Doc,
  suggested: string[],
  now: string,
): { info: PostInfo; body: PostBody } {
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
