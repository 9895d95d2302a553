export const COMMENTS = 10_000;

// A WordPress export of one post with ten thousand comments: every tenth starts a chain of replies nine deep.
export const longThreadExport = (): string => {
  const comments: string[] = [];
  for (let id = 1; id <= COMMENTS; id += 1) {
    const parent = id % 10 === 1 ? 0 : id - 1;
    // One minute apart, so reading order is id order.
    const date = new Date(Date.UTC(2020, 0, 2) + id * 60_000).toISOString().replace('T', ' ').slice(0, 19);
    comments.push(
      `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[Läsare ${id}]]></wp:comment_author>` +
        `<wp:comment_author_email>reader${id}@example.com</wp:comment_author_email>` +
        `<wp:comment_date_gmt>${date}</wp:comment_date_gmt>` +
        `<wp:comment_content><![CDATA[<p>Kommentar nummer ${id}.</p>]]></wp:comment_content>` +
        `<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>` +
        `<wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Blogg</title><link>https://example.com</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Lång tråd</title><link>https://example.com/lang-trad/</link>
<guid isPermaLink="false">https://example.com/?p=1</guid><dc:creator>anna</dc:creator>
<content:encoded><![CDATA[<p>Ett inlägg med många kommentarer.</p>]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_date_gmt>2020-01-01 10:00:00</wp:post_date_gmt><wp:post_name>lang-trad</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
${comments.join('\n')}
</item></channel></rss>`;
};
