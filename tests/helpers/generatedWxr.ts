// A WordPress export of `posts` posts, each with `comments` approved comments.
export function generatedWxr(
  posts: number,
  comments: number,
  commentHtml = (post: number, comment: number) => `Kommentar ${comment} till inlägg ${post}`,
): string {
  const items = Array.from({ length: posts }, (_, p) => {
    const list = Array.from(
      { length: comments },
      (
        _,
        c,
      ) => `<wp:comment><wp:comment_id>${p * 100 + c + 1}</wp:comment_id><wp:comment_author>Läsare ${c}</wp:comment_author>
<wp:comment_date_gmt>2024-02-0${(c % 9) + 1} 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[${commentHtml(p, c)}]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>`,
    ).join('\n');
    return `<item><title>Inlägg ${p}</title><link>https://blogg.example/inlagg-${p}/</link><guid isPermaLink="false">https://blogg.example/?p=${p + 1}</guid>
<content:encoded><![CDATA[<p>Text ${p}.</p>]]></content:encoded><wp:post_id>${p + 1}</wp:post_id><wp:post_name>inlagg-${p}</wp:post_name>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
${list}
</item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version>
${items}
</channel></rss>`;
}
