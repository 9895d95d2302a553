import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operations } from '../electron/core/api';
import { openKanal } from '../electron/core/openKanal';
import { generateWxr } from './data/wxr';
import { absolute, relative, samples, type Figure } from './figure';
import { bareParse, importInto } from './importBench';
import type { BenchSizes } from './sizes';

const THREAD_COMMENTS = 1_000;

// One post whose thread has 1,000 comments, every third answering the one before, every tenth answered by the author.
function longThreadWxr(): string {
  const comments = Array.from({ length: THREAD_COMMENTS }, (_, i) => {
    const id = i + 1;
    const parent = i % 3 === 2 ? id - 1 : 0;
    const minute = String(i % 60).padStart(2, '0');
    const day = String((Math.floor(i / 60) % 28) + 1).padStart(2, '0');
    return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[Läsare ${i % 41}]]></wp:comment_author>
<wp:comment_author_url>https://lasare${i % 41}.example.org/</wp:comment_author_url>
<wp:comment_date>2024-02-${day} 11:${minute}:00</wp:comment_date><wp:comment_date_gmt>2024-02-${day} 10:${minute}:00</wp:comment_date_gmt>
<wp:comment_content><![CDATA[Tack för inlägget ${id}! Läs <a href="https://exempel.se/${id}">mitt svar</a> om <em>B2B</em> och C2C.]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Kanalbloggen</title><language>sv-SE</language><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Ett långt samtal</title><link>https://kanal.example/samtal/</link><guid isPermaLink="false">https://kanal.example/?p=1</guid>
<content:encoded><![CDATA[<p>Sociala nätverk skapar nya kommunikationsvägar.</p>]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_date>2024-02-01 09:00:00</wp:post_date><wp:post_date_gmt>2024-02-01 08:00:00</wp:post_date_gmt>
<wp:post_name>samtal</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
${comments}
</item></channel></rss>`;
}

const withThread = operations['export.html'].input.parse({ postId: 'x', withThread: true });

// Exporting a post with a 1,000-comment thread to HTML against a bare JSON.stringify of that thread; and all 500 posts
// of the import benchmark's WordPress export to Markdown against a bare parse of that export.
export async function exportBench(sizes: BenchSizes): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-export-'));
  try {
    const kanal = await openKanal(join(folder, 'thread', 'kanal.json'));
    const summary = await importInto(kanal, new Uint8Array(Buffer.from(longThreadWxr())));
    const thread = summary.threads[0];
    if (!thread?.postId) throw new Error('the long thread did not import');
    const postId = thread.postId;
    const comments = (await kanal.services.threads.get({ id: thread.id })).comments;
    for (const comment of comments.filter((_, i) => i % 10 === 0))
      await kanal.services.replies.create({
        threadId: thread.id,
        commentId: comment.id,
        text: 'Tack för att du skrev!',
        done: true,
      });
    const index = kanal.library.data.threads.find((t) => t.id === thread.id);
    if (!index) throw new Error('no thread');
    const body = await kanal.library.readThreadBody(index);
    const html = await samples(sizes.runs, () => kanal.services.export.html({ ...withThread, postId }));
    const stringify = await samples(sizes.runs, () => JSON.stringify(body));
    await kanal.close();

    const blog = new Uint8Array(Buffer.from(generateWxr(sizes.wxr)));
    const library = await openKanal(join(folder, 'blog', 'kanal.json'));
    await importInto(library, blog);
    const all = operations['export.several'].input.parse({ format: 'md' });
    const markdown = await samples(sizes.runs, () => library.services.export.several(all));
    await library.close();
    const bare = await samples(sizes.runs, () => bareParse(blog));
    const posts = sizes.wxr.posts;
    return [
      relative(
        `export of a post with a ${THREAD_COMMENTS.toLocaleString('en')}-comment thread to HTML, vs a bare JSON.stringify of the thread`,
        html,
        stringify,
        null,
      ),
      absolute(
        `export of a post with a ${THREAD_COMMENTS.toLocaleString('en')}-comment thread to HTML`,
        'ms',
        html,
        100,
      ),
      relative(
        `all ${posts} posts of the benchmark's WordPress export to Markdown, vs a bare saxes parse of it`,
        markdown,
        bare,
        null,
      ),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
