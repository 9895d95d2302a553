// A writer for the kill test: saves posts (title and body) in a loop and imports comments now and then, through the
// same core the app and the CLI use, and prints a line for every save once the library reports it done.
import { systemDeps } from '../../electron/core/deps';
import { postsService } from '../../electron/core/posts/postsService';
import { RevisionStore } from '../../electron/core/revisions/revisionStore';
import { Library } from '../../electron/core/store/library';

const [dataFile = '', lane = '0', mode = 'posts'] = process.argv.slice(2);
const POSTS = 5;
// With `imports`, every other save is an import; the importer loads only then, as it does in the CLI.
const IMPORT_EVERY = mode === 'imports' ? 2 : Infinity;

// One post's comments, each with an id of its own, so every import adds to the same thread.
const wxr = (first: number, count: number): string => {
  const comments = Array.from(
    { length: count },
    (_, i) =>
      `<wp:comment><wp:comment_id>${first + i}</wp:comment_id><wp:comment_author>Reader ${first + i}</wp:comment_author><wp:comment_date_gmt>2026-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[Comment ${first + i}, lane ${lane}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Kill</title><wp:wxr_version>1.2</wp:wxr_version><item><title>Imported post</title><link>https://kill.example/post/</link><guid isPermaLink="false">https://kill.example/?p=1</guid><content:encoded><![CDATA[<p>Text.</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>${comments}</item></channel></rss>`;
};

const say = (line: string): void => {
  // Writes to a pipe are synchronous on Linux: once this returns, the line is the driver's even if we die next.
  process.stdout.write(`${line}\n`);
};

const deps = systemDeps();
const library = await Library.open(dataFile);
const posts = postsService(library, deps, new RevisionStore(dataFile, deps));
say('ready');
const ids = library.data.posts.map((p) => p.id);
// Even, so a writer that imports starts with an import.
let counter =
  2 * Math.ceil((Math.max(0, ...library.data.posts.map((p) => Number(/^n(\d+)$/.exec(p.title)?.[1] ?? 0))) + 1) / 2);
let nextComment = Date.now();
for (;;) {
  if (counter % IMPORT_EVERY === 0) {
    const data = new TextEncoder().encode(wxr(nextComment, 3));
    nextComment += 3;
    const { importFiles } = await import('../../electron/core/threads/importFiles');
    const summary = await importFiles(library, deps, [{ name: 'kill.xml', data }], 'wxr', () => undefined);
    const thread = summary.threads[0];
    if (!thread || summary.errors.length > 0) throw new Error(`import failed: ${JSON.stringify(summary.errors)}`);
    say(`import ${thread.id} ${thread.comments}`);
  } else if (ids.length < POSTS) {
    const post = await posts.create({ title: `n${counter}` });
    ids.push(post.id);
    say(`post ${post.id} ${counter}`);
  } else {
    const id = ids[counter % ids.length] ?? '';
    const doc = {
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `body ${counter}` }] }],
    };
    await posts.save({ id, title: `n${counter}`, doc });
    say(`post ${id} ${counter}`);
  }
  counter += 1;
}
