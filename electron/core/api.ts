import * as z from 'zod';
import {
  MAX_CHANNEL_CODE_LENGTH,
  MAX_CHANNEL_DESCRIPTION_LENGTH,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_MEGABYTES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_MEGABYTES,
  MAX_LANG_LENGTH,
  MAX_TITLE_LENGTH,
  MIN_LANG_LENGTH,
} from './shared/limits';
import {
  docSchema,
  postStatusSchema,
  settingsSchema,
  threadFormatSchema,
  type Channel,
  type Doc,
  type Post,
  type PostStatus,
  type ReplyStatus,
  type Settings,
  type Snippet,
  type ThreadFormat,
} from './shared/schema';
import type { ImportErrorCode, ImportErrorParams } from './shared/importErrorCodes';
import type { SkipCounts } from './shared/importTypes';
import type { ImageRefusalCode } from './shared/images/imageErrorCodes';
import type { PictureDownloadFailureCode } from './shared/images/pictureDownloadCodes';
import { isAllowedUrl, LINK_SCHEMES, MAX_URL_LENGTH, WEB_SCHEMES } from './shared/policy';
import type { RevisionReason } from './shared/revisions';

// THE contract: every operation the renderer and the CLI may call, its input schema and its result type.
// Electron IPC, the HTTP host and the CLI all call through dispatch, a thin loop over this table.

const id = z.string().min(1).max(100);
const channelCode = z
  .string()
  .trim()
  .min(1, 'A channel code cannot be empty')
  .max(MAX_CHANNEL_CODE_LENGTH, `A channel code has at most ${MAX_CHANNEL_CODE_LENGTH} characters`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} &/+._-]*$/u, 'A channel code uses letters, digits, spaces and & / + . _ -');
const descriptionText = z.string().max(MAX_CHANNEL_DESCRIPTION_LENGTH);
const description = z.object({ en: descriptionText, sv: descriptionText });
const title = z.string().max(MAX_TITLE_LENGTH);
const lang = z.string().min(MIN_LANG_LENGTH).max(MAX_LANG_LENGTH);

// Every format Kanal reads, and `auto` to let it tell which one a file is.
export const importFormatSchema = z.enum(['auto', ...threadFormatSchema.options]);
export type ImportFormat = z.infer<typeof importFormatSchema>;

// Each export format is an operation `export.<format>` answering an ExportedFile: a standalone HTML page, the article
// alone for pasting into a CMS, Markdown with front matter, WordPress WXR 1.2.
export const exportFormatSchema = z.enum(['html', 'fragment', 'md', 'wxr']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
// The formats that carry a post's pictures inside the file (as data: URLs) when asked; every format otherwise refers
// to them beside it, in images/.
export const PICTURE_EMBEDDING_FORMATS: readonly ExportFormat[] = ['html', 'wxr'];

// The longest `imports.status` may hold its answer back waiting for the job to finish.
export const MAX_IMPORT_STATUS_WAIT_MS = 2000;

export interface PostSummary {
  id: string;
  title: string;
  status: PostStatus;
  channels: string[];
  updatedAt: string;
  // When it was published (an imported post keeps its source's date); null while it never was.
  publishedAt: string | null;
  words: number;
  lang: string;
}

// The thread fields the CLI's JSON promises (kanal threads --json, kanal import --json).
export interface ThreadBasics {
  id: string;
  title: string;
  url: string | null;
  postId: string | null;
  comments: number;
  needsReply: number;
}

export interface ThreadSummary extends ThreadBasics {
  format: ThreadFormat;
  updatedAt: string;
}

export interface CommentView {
  id: string;
  externalId: string;
  parentId: string | null;
  author: { name: string; url: string | null };
  date: string | null;
  status: 'approved' | 'pending';
  kind: 'comment' | 'pingback' | 'trackback';
  orphan: boolean;
  byAuthor: boolean;
  // The author's own correction of byAuthor, or null when Kanal follows the source and Settings.
  byAuthorOverride: boolean | null;
  needsReply: boolean;
  // The author's word that this comment wants no answer.
  noReplyNeeded: boolean;
  html: string;
  text: string;
}

// The fields the CLI's JSON promises for a reply (kanal thread --json), plus what the editor needs.
export interface ReplyView {
  id: string;
  threadId: string;
  // The reader's comment it answers, and the author's own finished reply it follows up, if any.
  commentId: string;
  parentReplyId: string | null;
  status: ReplyStatus;
  doc: Doc;
  html: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ThreadView extends Omit<ThreadSummary, 'comments'> {
  comments: CommentView[];
  replies: ReplyView[];
}

// A comment waiting for an answer, with what the reply queue shows of it (kanal queue --json maps from this).
export interface QueueItem {
  threadId: string;
  commentId: string;
  postId: string | null;
  // The post's title, or the thread's when it has no post.
  postTitle: string;
  author: { name: string; url: string | null };
  date: string | null;
  html: string;
  text: string;
  // The comment this one answers: who wrote it and how it began.
  inReplyTo: { commentId: string; author: { name: string }; quote: string } | null;
  draftReplyId: string | null;
  // The author's own word on whose comment it is (see CommentView), so marking it can be taken back exactly.
  byAuthorOverride: boolean | null;
}

export interface QueueResult {
  items: QueueItem[];
  // Comments matching the filters, before offset and limit; `total` counts every comment waiting, for a badge.
  matching: number;
  total: number;
  // Threads whose file could not be read, so their comments are missing here.
  unreadableThreads: string[];
}

export const searchKinds = ['post', 'comment', 'reply'] as const;
export type SearchKind = (typeof searchKinds)[number];
// Start and end (exclusive) of a match in a plain-text string.
export type TextRange = [number, number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  threadId: string | null;
  postId: string | null;
  // The comment a hit is, or a reply answers, and a comment's author.
  commentId: string | null;
  author: string | null;
  title: string;
  titleRanges: TextRange[];
  // Plain text around the first match; `ranges` mark the matching words in it.
  snippet: string;
  ranges: TextRange[];
  score: number;
}

export interface SearchResult {
  query: string;
  // Best first; at most `limit` of each kind.
  hits: SearchHit[];
  groups: Record<SearchKind, SearchHit[]>;
  // Every match of each kind, also those past the limit.
  counts: Record<SearchKind, number>;
}

export interface ImportedThreadSummary extends ThreadBasics {
  // Comments this import added to the thread, and whether the thread or its post is new.
  added: number;
  newThread: boolean;
  newPost: boolean;
  suggestedChannels: string[];
}

export interface ImportError {
  file: string;
  message: string;
  // A refused file imported nothing; otherwise the file imported and this is a warning about part of it.
  refused: boolean;
  // Why a file was refused, for the app to say in the author's language (`message` is the English sentence).
  code?: ImportErrorCode;
  params?: ImportErrorParams;
}

export interface ImportSummary {
  threads: ImportedThreadSummary[];
  skipped: SkipCounts;
  errors: ImportError[];
}

export interface ImportJob {
  jobId: string;
  state: 'running' | 'done';
  // Bytes read of all files, for a progress bar.
  done: number;
  total: number;
  summary: ImportSummary | null;
}

// What a notice is about, so the interface can say it in its own language; `values` fill its sentence.
export const noticeKinds = ['set-aside', 'restored', 'changed-on-disk', 'backup-failed'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export interface Notice {
  id: string;
  level: 'warning' | 'error';
  message: string;
  kind?: NoticeKind;
  values?: Record<string, string>;
}

// One snapshot of the library (`kanal backups --json` prints these fields).
export interface BackupSummary {
  id: string;
  createdAt: string;
  bytes: number;
  posts: number;
  comments: number;
}

// One kept version of a post as the History panel lists it: its word count, and the words it added and removed
// against the version before it.
export interface RevisionSummary {
  id: string;
  createdAt: string;
  reason: RevisionReason;
  words: number;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface RevisionView extends RevisionSummary {
  title: string;
  doc: Doc;
}

export interface LibraryStatus {
  dataFile: string;
  notices: Notice[];
}

export interface ExportedFile {
  filename: string;
  mimeType: string;
  content: string;
  // The pictures the file refers to, each at its path relative to the file (images/<name>); none when embedded.
  assets?: ExportedAsset[];
}

export interface ExportedAsset {
  path: string;
  mimeType: string;
  data: Uint8Array;
}

// A picture stored with the library: `src` is what an image node in a post refers to it by.
export interface AddedImage {
  src: string;
  name: string;
  mimeType: string;
  bytes: number;
}
export type ImageInput = z.output<typeof imageInput>;

// What became of one picture on the web the author asked to download: stored and in the post (`src`), refused as
// no picture Kanal takes, or not downloaded at all; the link stays as it was unless it was downloaded.
export interface PictureDownload {
  url: string;
  outcome: 'downloaded' | 'refused' | 'failed';
  src: string | null;
  // Why not, for the app to say in the author's language (`values` fill its sentence); `message` is the English one.
  code: ImageRefusalCode | PictureDownloadFailureCode | null;
  message: string | null;
  values: Record<string, string>;
}

export type PictureDownloadInput = z.output<typeof pictureDownloadInput>;

export interface PictureDownloads {
  // The post as saved with the downloaded pictures in place (unchanged when none was).
  post: Post;
  pictures: PictureDownload[];
}

// What an export is asked for; a format ignores what it has no use for.
export type ExportChoices = z.output<typeof exportChoices>;
export type ExportInput = z.output<typeof exportInput>;
export type ExportSeveralInput = z.output<typeof exportSeveralInput>;

export interface SavedFile {
  saved: boolean;
  path: string | null;
}

export interface SpellcheckLanguages {
  // The dictionaries now in use; empty where the page's own lang attribute decides (the browser).
  languages: string[];
}

export interface ClosingAnswer {
  // Whether the desktop window was waiting for this answer to close.
  closing: boolean;
}

export interface OpenedLink {
  // The address as it was handed to the system, normalized by the URL policy.
  url: string;
}

// Declares one operation: its input schema for validation, its result type for the compiler.
const op =
  <R>() =>
  <I extends z.ZodType>(input: I) => ({ input, byTransport: false as const, result: undefined as unknown as R });

// An autosave: it may be sent as the page goes away (browser mode sends it with keepalive) and must outlive it.
const autosaveOp =
  <R>() =>
  <I extends z.ZodType>(input: I) => ({ ...op<R>()(input), autosave: true as const });

// An operation that only the transport can carry out (a native dialog, the desktop window).
const transportOp =
  <R>() =>
  <I extends z.ZodType>(input: I) => ({ input, byTransport: true as const, result: undefined as unknown as R });

const none = z.object({}).strict();
const linkUrl = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((url) => isAllowedUrl(url, LINK_SCHEMES), `Kanal opens only ${LINK_SCHEMES.join(', ')} links`);
const byId = z.object({ id }).strict();
const postSaveInput = z
  .object({
    id,
    title: title.optional(),
    doc: docSchema.optional(),
    channels: z.array(id).max(100).optional(),
    status: postStatusSchema.optional(),
    lang: lang.optional(),
  })
  .strict();
const importFile = z.object({
  name: z.string().min(1).max(500),
  data: z
    .instanceof(Uint8Array)
    .refine((d) => d.byteLength <= MAX_IMPORT_BYTES, `Kanal imports files up to ${MAX_IMPORT_MEGABYTES} MB`),
});
// A picture for a post, with the name of the file it came from (for messages); its content decides what it is.
const imageInput = z
  .object({
    name: z.string().min(1).max(500),
    data: z
      .instanceof(Uint8Array)
      .refine((d) => d.byteLength <= MAX_IMAGE_BYTES, `A picture in a post can be up to ${MAX_IMAGE_MEGABYTES} MB`),
  })
  .strict();
const pictureDownloadInput = z
  .object({
    postId: id,
    // Which of the post's picture links to download; without them, all of them.
    urls: z
      .array(
        z
          .string()
          .max(MAX_URL_LENGTH)
          .refine(
            (url) => isAllowedUrl(url, WEB_SCHEMES),
            `Kanal downloads pictures only from ${WEB_SCHEMES.join(' and ')} addresses`,
          ),
      )
      .min(1)
      .max(1000)
      .optional(),
  })
  .strict();
const REPLY_TEXT_MAX = 100_000;
const REPLY_HTML_MAX = 1_000_000;
const threadId = id;
const replyRef = z.object({ threadId, id }).strict();
const replySaveInput = z
  .object({ threadId, commentId: id, doc: docSchema, parentReplyId: id.nullable().optional() })
  .strict();
const replyCreateInput = z
  .object({
    threadId,
    commentId: id,
    text: z.string().max(REPLY_TEXT_MAX).optional(),
    html: z.string().max(REPLY_HTML_MAX).optional(),
    done: z.boolean().default(false),
    parentReplyId: id.nullable().optional(),
  })
  .strict()
  .refine(
    (input) => (input.text === undefined) !== (input.html === undefined),
    'Give the reply as text or as HTML, not both',
  );
const queueListInput = z
  .object({
    order: z.enum(['newest', 'oldest']).default('newest'),
    postId: id.optional(),
    threadId: id.optional(),
    channelId: id.optional(),
    limit: z.number().int().positive().optional(),
    offset: z.number().int().nonnegative().default(0),
  })
  .strict();
const snippetTitle = z.string().trim().min(1, 'A saved reply needs a title').max(200);
const snippetText = z.string().max(20_000);
const searchInput = z
  .object({ query: z.string().max(500), limit: z.number().int().positive().max(100).default(20) })
  .strict();

const exportChoices = z
  .object({
    // The conversation: readers' comments with the author's finished replies nested under them.
    withThread: z.boolean().default(false),
    pingbacks: z.boolean().default(false),
    pending: z.boolean().default(false),
    // The HTML page's own stylesheet, which the author can leave out to use the site's.
    stylesheet: z.boolean().default(true),
    // WXR: only the author's new replies, for a post WordPress already has.
    repliesOnly: z.boolean().default(false),
    // HTML and WXR: the post's pictures inside the file as data: URLs, so it is one file.
    embedImages: z.boolean().default(false),
  })
  .strict();
const exportInput = exportChoices.extend({ postId: id });
const exportSeveralInput = exportChoices.extend({
  format: exportFormatSchema,
  // The posts to export; without them, every post, or those with the status and channel (a code) given.
  postIds: z.array(id).min(1).max(10_000).optional(),
  status: postStatusSchema.optional(),
  channel: channelCode.optional(),
});

const importStartInput = z
  .object({
    files: z.array(importFile).min(1, 'Choose at least one file').max(50),
    format: importFormatSchema.default('auto'),
  })
  .strict();

export const operations = {
  'library.status': op<LibraryStatus>()(none),
  'library.dismissNotice': op<LibraryStatus>()(byId),
  // After another program changed the library's files: load that version, or save the author's over it.
  'library.resolveChange': op<LibraryStatus>()(z.object({ keep: z.enum(['theirs', 'mine']) }).strict()),

  // Newest first; restoring backs up the current library first.
  'backups.list': op<BackupSummary[]>()(none),
  'backups.restore': op<BackupSummary>()(byId),

  'posts.list': op<PostSummary[]>()(z.object({ channelId: id.optional() }).strict()),
  'posts.get': op<Post>()(byId),
  'posts.create': op<Post>()(z.object({ title: title.optional(), lang: lang.optional() }).strict()),
  'posts.save': autosaveOp<Post>()(postSaveInput),
  'posts.delete': op<{ id: string }>()(byId),
  'posts.restore': op<Post>()(byId),

  // A post's history, newest first; restoring keeps the current text as a revision first and saves the restored one.
  'revisions.list': op<RevisionSummary[]>()(z.object({ postId: id }).strict()),
  'revisions.get': op<RevisionView>()(z.object({ postId: id, id }).strict()),
  'revisions.restore': op<Post>()(z.object({ postId: id, id }).strict()),

  'channels.list': op<Channel[]>()(none),
  'channels.create': op<Channel>()(z.object({ code: channelCode, description: description.optional() }).strict()),
  'channels.update': op<Channel>()(
    z.object({ id, code: channelCode.optional(), description: description.optional() }).strict(),
  ),
  'channels.delete': op<{ id: string }>()(byId),

  'settings.get': op<Settings>()(none),
  'settings.save': op<Settings>()(settingsSchema.partial().strict()),

  // Stores a pasted, dropped or chosen picture (PNG, JPEG, GIF, WebP, AVIF; never SVG), checked by its content.
  'images.add': op<AddedImage>()(imageInput),
  // Downloads the post's pictures on the web (links since the import) only when the author asks, each checked as a
  // picture added is, and puts each one that arrives in place of its link, saved as an edit is.
  'images.download': op<PictureDownloads>()(pictureDownloadInput),

  'export.html': op<ExportedFile>()(exportInput),
  'export.fragment': op<ExportedFile>()(exportInput),
  'export.md': op<ExportedFile>()(exportInput),
  'export.wxr': op<ExportedFile>()(exportInput),
  // One file per post, named by slug without collisions; for HTML, an index page linking them, newest first.
  'export.several': op<ExportedFile[]>()(exportSeveralInput),
  // Desktop only: asks where to save and writes the file; the browser host answers that it cannot.
  'export.save': transportOp<SavedFile>()(exportInput.extend({ format: exportFormatSchema })),

  'imports.start': op<ImportJob>()(importStartInput),
  // With waitMs, answers as soon as the job is done or once that time has passed, whichever comes first.
  'imports.status': op<ImportJob>()(
    z.object({ jobId: id, waitMs: z.number().int().min(0).max(MAX_IMPORT_STATUS_WAIT_MS).optional() }).strict(),
  ),

  'threads.list': op<ThreadSummary[]>()(none),
  'threads.get': op<ThreadView>()(byId),
  'threads.markOwn': op<CommentView>()(
    z.object({ threadId: id, commentId: id, byAuthor: z.boolean().nullable() }).strict(),
  ),
  'threads.markNoReply': op<CommentView>()(
    z.object({ threadId: id, commentId: id, noReplyNeeded: z.boolean() }).strict(),
  ),
  'threads.link': op<ThreadSummary>()(z.object({ threadId: id, postId: id.nullable() }).strict()),
  'threads.delete': op<{ id: string }>()(byId),

  'replies.list': op<ReplyView[]>()(z.object({ threadId }).strict()),
  // Creates the comment's draft or updates it (autosave); only that thread's file is written.
  'replies.save': autosaveOp<ReplyView>()(replySaveInput),
  // A reply from plain text or HTML (the CLI); a finished one when `done`, else it becomes the comment's draft.
  'replies.create': op<ReplyView>()(replyCreateInput),
  'replies.finish': op<ReplyView>()(replyRef),
  'replies.reopen': op<ReplyView>()(replyRef),
  'replies.delete': op<{ id: string; threadId: string }>()(replyRef),
  'replies.restore': op<ReplyView>()(replyRef),

  'queue.list': op<QueueResult>()(queueListInput),
  // How many comments wait for a reply, from the library's index alone: no thread is read.
  'queue.count': op<{ total: number }>()(none),

  'snippets.list': op<Snippet[]>()(none),
  'snippets.create': op<Snippet>()(z.object({ title: snippetTitle, text: snippetText }).strict()),
  'snippets.update': op<Snippet>()(
    z.object({ id, title: snippetTitle.optional(), text: snippetText.optional() }).strict(),
  ),
  'snippets.delete': op<{ id: string }>()(byId),

  'search.query': op<SearchResult>()(searchInput),

  // The page's answer to the desktop's save-before-close command: its pending saves are written.
  'app.readyToClose': transportOp<ClosingAnswer>()(none),
  // Desktop only: a link from a post, a comment or a reply opens in the system's browser or mail program.
  'app.openLink': transportOp<OpenedLink>()(z.object({ url: linkUrl }).strict()),
  // Desktop: checks spelling in the open post's language where a dictionary for it is at hand; answers which.
  'app.spellcheckLanguage': transportOp<SpellcheckLanguages>()(z.object({ lang }).strict()),
};

// What a post's save carries, for the services that save posts.
export type PostSaveInput = z.output<typeof postSaveInput>;

// The queue's filters, for the helpers that apply them.
export type QueueListInput = z.output<typeof queueListInput>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OperationResult<N extends OperationName> = Operations[N]['result'];
export type TransportOperationName = {
  [N in OperationName]: Operations[N]['byTransport'] extends true ? N : never;
}[OperationName];

export type Namespace<N> = N extends `${infer A}.${string}` ? A : never;
export type Method<N, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

// The callable shape every caller uses (the renderer on either transport, the CLI): api.posts.save({...}).
export type KanalApi = {
  [NS in Namespace<OperationName>]: {
    [N in OperationName as Method<N, NS>]: (input: OperationInput<N>) => Promise<OperationResult<N>>;
  };
};

// What the preload hands the renderer: the same calls, results still wrapped (see Envelope).
export type KanalBridge = {
  [NS in keyof KanalApi]: {
    [M in keyof KanalApi[NS]]: KanalApi[NS][M] extends (input: infer I) => Promise<infer R>
      ? (input: I) => Promise<Envelope<R>>
      : never;
  };
};

export const operationNames = Object.keys(operations) as OperationName[];
export const autosaveOperationNames: ReadonlySet<OperationName> = new Set(
  operationNames.filter((name) => 'autosave' in operations[name]),
);

// `posts.save` is method `save` of namespace `posts`.
export const operationParts = (name: OperationName): [namespace: string, method: string] => {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
};

// Errors travel as data: Electron's IPC keeps only an Error's message, so results are wrapped.
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

// The one way an error envelope is made, by dispatch and by each transport's own checks.
export const failure = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
