import { seeded, sentence } from '../seeded';

// A Disqus export: `threads` threads sharing `comments` posts (Disqus calls comments posts), some replies, HTML in some.
export function generateDisqus(threads: number, comments: number, seed = 2): string {
  const random = seeded(seed);
  const parts: string[] = [];
  for (let t = 1; t <= threads; t++) {
    parts.push(`  <thread dsq:id="${t}">
    <id>post-${t}</id>
    <forum>kanal</forum>
    <link>https://kanal.example/${t}/</link>
    <title>Inlägg ${t}</title>
    <message><![CDATA[<p>${sentence(random, 20)}</p>]]></message>
    <createdAt>2019-06-03T07:30:00Z</createdAt>
    <author><email>karin@kanal.example</email><name>Karin</name><isAnonymous>false</isAnonymous><username>karin</username></author>
    <isClosed>false</isClosed>
    <isDeleted>false</isDeleted>
  </thread>`);
  }
  for (let c = 1; c <= comments; c++) {
    const thread = 1 + (c % threads);
    const parent = c > threads && random() < 0.3 ? `\n    <parent dsq:id="${c - threads}" />` : '';
    const reader = Math.floor(random() * 500);
    const message =
      random() < 0.3 ? `<p>${sentence(random, 15)} <b>${sentence(random, 3)}</b></p>` : sentence(random, 25);
    parts.push(`  <post dsq:id="${100000 + c}">
    <id />
    <message><![CDATA[${message}]]></message>
    <createdAt>2019-07-${String(1 + (c % 28)).padStart(2, '0')}T09:15:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author><email>lasare${reader}@example.org</email><name>Läsare ${reader}</name><isAnonymous>false</isAnonymous><username>lasare${reader}</username></author>
    <thread dsq:id="${thread}" />${parent.replace(/dsq:id="(\d+)"/, (_, n: string) => `dsq:id="${100000 + Number(n)}"`)}
  </post>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
${parts.join('\n')}
</disqus>
`;
}
