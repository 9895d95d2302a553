import { seeded, sentence } from '../seeded';

export interface WxrSize {
  posts: number;
  commentsPerPost: number;
}

// A WordPress export like a real blog's: posts of ten paragraphs, threaded comments, some with markup, a pingback,
// a few pending and a few by the author.
export function generateWxr({ posts, commentsPerPost }: WxrSize, seed = 1): string {
  const random = seeded(seed);
  const items: string[] = [];
  for (let post = 1; post <= posts; post++) {
    const content = Array.from({ length: 10 }, () => `<p>${sentence(random, 40)}</p>`).join('\n');
    const comments: string[] = [];
    for (let i = 0; i < commentsPerPost; i++) {
      const id = post * 1000 + i + 1;
      const parent = i > 0 && random() < 0.3 ? id - 1 - Math.floor(random() * i) : 0;
      const reader = Math.floor(random() * 500);
      const body =
        random() < 0.25
          ? `${sentence(random, 12)} Läs <a href="https://exempel.se/${id}">mitt svar</a> och <em>tänk</em> på C2E.\n\n${sentence(random, 8)}`
          : `${sentence(random, 20)}\n${sentence(random, 10)}`;
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
      comments.push(`    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author><![CDATA[Läsare ${reader}]]></wp:comment_author>
      <wp:comment_author_email>lasare${reader}@example.org</wp:comment_author_email>
      <wp:comment_author_url>https://lasare${reader}.example.org/</wp:comment_author_url>
      <wp:comment_date>2020-01-${day} 10:00:00</wp:comment_date>
      <wp:comment_date_gmt>2020-01-${day} 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[${body}]]></wp:comment_content>
      <wp:comment_approved>${random() < 0.05 ? '0' : '1'}</wp:comment_approved>
      <wp:comment_type><![CDATA[${i === 7 ? 'pingback' : ''}]]></wp:comment_type>
      <wp:comment_parent>${parent}</wp:comment_parent>
      <wp:comment_user_id>${random() < 0.1 ? 1 : 0}</wp:comment_user_id>
    </wp:comment>`);
    }
    items.push(`  <item>
    <title>Inlägg ${post}: ${sentence(random, 4)}</title>
    <link>https://kanal.example/${post}/</link>
    <pubDate>Wed, 01 Jan 2020 08:00:00 +0000</pubDate>
    <dc:creator><![CDATA[karin]]></dc:creator>
    <guid isPermaLink="false">https://kanal.example/?p=${post}</guid>
    <content:encoded><![CDATA[${content}]]></content:encoded>
    <wp:post_id>${post}</wp:post_id>
    <wp:post_date_gmt>2020-01-01 08:00:00</wp:post_date_gmt>
    <wp:post_name>inlagg-${post}</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
${comments.join('\n')}
  </item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Kanalbloggen</title>
  <language>sv-SE</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login>karin</wp:author_login><wp:author_email>karin@kanal.example</wp:author_email><wp:author_display_name>Karin</wp:author_display_name></wp:author>
${items.join('\n')}
</channel>
</rss>
`;
}
