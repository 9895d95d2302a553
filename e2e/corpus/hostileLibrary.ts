import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// A library made of hostile payloads: each one a post's title and body, and a reader's comment with the payload as
// its author's name and address; first through a WordPress export, then written straight into the stored files.

// Comments per thread: a tall window shows a thread's comments in a few screens.
export const COMMENTS_PER_THREAD = 25;
// Payloads per planted post body, each as its own nodes: the editor opens a few posts, not one per payload.
export const PAYLOADS_PER_BODY = 25;

// Each kind of text carries its own marker, so a view can tell whose text it shows.
export const commentMarker = (n: number): string => `ord${n}x`;
export const titleMarker = (n: number): string => `pst${n}x`;
export const bodyMarker = (n: number): string => `bod${n}x`;
export const COMMENT_MARKER = /ord(\d+)x/g;
export const TITLE_MARKER = /^pst(\d+)x/;

// XML cannot carry control characters or lone surrogates at all, CDATA or not: a real export never holds them.
/* eslint-disable no-control-regex -- these control characters are exactly what XML forbids */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
export const carriedByXml = (text: string): boolean => !new RegExp(XML_FORBIDDEN.source).test(text);
const cdata = (text: string): string =>
  `<![CDATA[${text.replace(XML_FORBIDDEN, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

// A minute apart, in the payloads' order, so the queue lists them newest first.
const commentDate = (n: number): string =>
  new Date(Date.UTC(2021, 1, 3, 10) + n * 60_000).toISOString().slice(0, 19).replace('T', ' ');

const comment = (n: number, payload: string): string => `<wp:comment><wp:comment_id>${n + 1}</wp:comment_id>
<wp:comment_author>${cdata(payload)}</wp:comment_author>
<wp:comment_author_url>${cdata(payload)}</wp:comment_author_url>
<wp:comment_date_gmt>${commentDate(n)}</wp:comment_date_gmt>
<wp:comment_content>${cdata(`${commentMarker(n)} ${payload}`)}</wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>`;

// A post without comments is no thread and not imported: the posts that carry no payload comment have a spam one,
// which the import drops.
const spam = (i: number): string => `<wp:comment><wp:comment_id>${100_000 + i}</wp:comment_id>
<wp:comment_author>Skräp</wp:comment_author><wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt>
<wp:comment_content>Köp nu</wp:comment_content><wp:comment_approved>spam</wp:comment_approved>
<wp:comment_parent>0</wp:comment_parent></wp:comment>`;

// Post i has payload i as its title and body; every COMMENTS_PER_THREAD-th post carries the next payloads as comments.
export function hostileWxr(payloads: string[]): string {
  const items = payloads.map((payload, i) => {
    const carried = i % COMMENTS_PER_THREAD === 0 ? payloads.slice(i, i + COMMENTS_PER_THREAD) : [];
    const comments = carried.length > 0 ? carried.map((p, j) => comment(i + j, p)) : [spam(i)];
    return `<item><title>${cdata(`${titleMarker(i)} ${payload}`)}</title><link>https://blog.example/p${i}/</link>
<guid isPermaLink="false">xss-${i}</guid><content:encoded>${cdata(`<p>${bodyMarker(i)}</p>${payload}`)}</content:encoded>
<wp:post_id>${i + 1}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
${comments.join('\n')}
</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Fientlig blogg</title><wp:wxr_version>1.2</wp:wxr_version>
${items.join('\n')}
</channel></rss>`;
}

export interface StoredRoot {
  posts: { id: string; title: string }[];
  threads: { id: string; rev: number; title: string; url: string | null; commentCount: number }[];
}
interface StoredBody {
  comments: { html: string; text: string; author: { name: string; url?: string } }[];
}

export const readRoot = (dataFile: string): StoredRoot => JSON.parse(readFileSync(dataFile, 'utf8')) as StoredRoot;

// What the planted library holds: the posts whose bodies carry payloads, by the marker each body starts with.
export interface PlantedLibrary {
  bodies: { postId: string; marker: string }[];
}

// What a hand-edited library, a sync conflict or an older Kanal may hold: every field a payload, links included,
// the raw payloads over what the import sanitized.
export function writePayloadsIntoStore(dataFile: string, payloads: string[]): PlantedLibrary {
  const root = readRoot(dataFile);
  const folder = dirname(dataFile);
  const payload = (i: number): string => payloads[i % payloads.length] ?? '';
  root.posts.forEach((post, i) => (post.title = payload(i)));
  const bodies = root.posts.slice(0, Math.ceil(payloads.length / PAYLOADS_PER_BODY)).map((post, k) => {
    const mine = payloads.slice(k * PAYLOADS_PER_BODY, (k + 1) * PAYLOADS_PER_BODY);
    const file = join(folder, 'kanal.posts', `${post.id}.json`);
    const body = JSON.parse(readFileSync(file, 'utf8')) as { doc: unknown };
    body.doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: bodyMarker(k) }] },
        ...mine.flatMap((html) => [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: html, marks: [{ type: 'link', attrs: { href: html } }] }],
          },
          { type: 'iframe', attrs: { src: html }, content: [{ type: 'text', text: html }] },
          { type: 'paragraph', attrs: { onclick: html }, content: [{ type: 'text', text: 'after' }] },
        ]),
      ],
    };
    writeFileSync(file, JSON.stringify(body));
    return { postId: post.id, marker: bodyMarker(k) };
  });
  root.threads.forEach((thread, i) => {
    thread.title = payload(i);
    thread.url = payload(i);
    const file = join(folder, 'kanal.threads', `${thread.id}.${thread.rev}.json`);
    const body = JSON.parse(readFileSync(file, 'utf8')) as StoredBody;
    for (const stored of body.comments) {
      const n = Number(new RegExp(COMMENT_MARKER.source).exec(stored.text)?.[1]);
      stored.html = `<p>${commentMarker(n)}</p>${payload(n)}`;
      stored.text = `${commentMarker(n)} ${payload(n)}`;
      stored.author = { name: payload(n), url: payload(n) };
    }
    writeFileSync(file, JSON.stringify(body));
  });
  writeFileSync(dataFile, JSON.stringify(root));
  return { bodies };
}
