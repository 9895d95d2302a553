import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH } from '../../../electron/core/import/importLimits';
import { MAX_IMPORT_BYTES } from '../../../electron/core/shared/limits';
import { bytesOf, importBytes, importFixture, readFixture, refusalOf } from './importFixture';

const DECLARES_ENTITIES = 'it declares XML entities, which Kanal does not read';
const WXR_START =
  '<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>';

describe('files Kanal refuses, naming the file and the problem', () => {
  it('refuses empty files, a lone byte-order mark and whitespace', async () => {
    for (const data of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), bytesOf(' \n\t\n')]) {
      expect((await refusalOf('empty.xml', data)).problem).toBe('the file is empty');
    }
  });

  it('refuses binary files: NUL bytes, or bytes that are not UTF-8', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const latin1Without = new Uint8Array([0x3c, 0x70, 0x3e, 0xe5, 0x3c, 0x2f, 0x70, 0x3e]);
    for (const data of [png, latin1Without]) {
      expect((await refusalOf('photo.png', data)).problem).toBe(
        'it is not a text file (it holds bytes that are not UTF-8 text)',
      );
    }
  });

  it('refuses a file over 200 MB before reading it', async () => {
    const started = Date.now();
    const refused = await refusalOf('huge.xml', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(refused.problem).toBe('it is 200.1 MB, and Kanal imports files up to 200 MB');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('names sizes in one unit, megabytes of a million bytes', async () => {
    const refused = await refusalOf('export.xml', new Uint8Array(209_900_000));
    expect(refused.problem).toBe('it is 209.9 MB, and Kanal imports files up to 200 MB');
  });

  it.each(['xxe.xml', 'billion-laughs.xml', 'parameter-entity.xml'])(
    'refuses %s, which declares entities',
    async (name) => {
      expect((await refusalOf(name, readFixture(name))).problem).toBe(DECLARES_ENTITIES);
      for (const format of ['wxr', 'disqus', 'blogger'] as const) {
        expect((await refusalOf(name, readFixture(name), { format })).problem).toBe(DECLARES_ENTITIES);
      }
    },
  );

  it('refuses absurdly deep XML', async () => {
    const deep = `${WXR_START}${'<x>'.repeat(MAX_XML_DEPTH)}${'</x>'.repeat(MAX_XML_DEPTH)}</channel></rss>`;
    const refused = await refusalOf('deep.xml', bytesOf(deep));
    expect(refused.problem).toBe(`its XML is nested more than ${MAX_XML_DEPTH} levels deep`);
  });

  it('refuses absurdly deep HTML', async () => {
    const deep = `<!DOCTYPE html><html><body><ol class="comment-list">${'<div>'.repeat(5000)}</ol></body></html>`;
    expect((await refusalOf('deep.html', bytesOf(deep))).problem).toBe('its HTML is nested more than 1000 levels deep');
  });

  it('refuses malformed XML with the line and column', async () => {
    const broken = `${WXR_START}\n<item>\n<title>Trasig</title>\n</channel></rss>`;
    const refused = await refusalOf('broken.xml', bytesOf(broken));
    expect(refused.problem).toBe('it is not well-formed XML (line 4, column 10: unexpected close tag)');
  });

  it('refuses a file of no known format', async () => {
    for (const text of [
      'Hello, just a note.',
      '{"posts": []}',
      '<note><to>Tove</to></note>',
      '<rss version="2.0"><channel/></rss>',
    ]) {
      const refused = await refusalOf('other.txt', bytesOf(text));
      expect(refused.problem).toBe(
        'it is not a WordPress, Disqus or Blogger export, a saved comment page or pasted comment text',
      );
    }
  });

  it('refuses a file forced into a format it is not', async () => {
    const disqus = readFixture('disqus-export.xml');
    expect((await refusalOf('disqus.xml', disqus, { format: 'wxr' })).problem).toBe(
      'it is not a WordPress export (its root element is <disqus>)',
    );
    expect((await refusalOf('disqus.xml', disqus, { format: 'blogger' })).problem).toBe(
      'it is not a Blogger export (its root element is <disqus>)',
    );
    const wxr = readFixture('wxr-1.1.xml');
    expect((await refusalOf('wxr.xml', wxr, { format: 'disqus' })).problem).toBe(
      'it is not a Disqus export (its root element is <rss>)',
    );
  });

  it('refuses a WordPress export without a WXR version, as WordPress does', async () => {
    const noVersion =
      '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><wp:post_type>post</wp:post_type></item></channel></rss>';
    expect((await refusalOf('old.xml', bytesOf(noVersion))).problem).toBe(
      'it does not appear to be a WordPress export (missing or invalid WXR version number)',
    );
  });

  it('refuses a character encoding it cannot decode', async () => {
    const odd = '<?xml version="1.0" encoding="x-made-up"?><disqus xmlns="http://disqus.com"/>';
    expect((await refusalOf('odd.xml', bytesOf(odd))).problem).toBe(
      'it uses the “x-made-up” character encoding, which Kanal cannot read',
    );
  });
});

describe('text encodings Kanal reads', () => {
  const swedish = new TextDecoder().decode(readFixture('pasted-sv.txt'));

  it('reads UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const units = Array.from(swedish, (c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    for (const data of [le, be]) {
      const result = await importBytes('utf16.txt', data);
      expect(result.threads[0]?.comments.map((c) => c.author.name)).toEqual(['Lisa', 'Karin', 'Lisa']);
    }
  });

  it('reads UTF-8 with a byte-order mark', async () => {
    const data = new Uint8Array([0xef, 0xbb, 0xbf, ...readFixture('wxr-1.1.xml')]);
    expect((await importBytes('bom.xml', data)).threads).toHaveLength(1);
  });

  it('reads a file that declares ISO-8859-1', async () => {
    const head = `<?xml version="1.0" encoding="ISO-8859-1"?><disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">`;
    const body =
      '<thread dsq:id="1"><title>T</title></thread><post dsq:id="2"><message>Hej</message><author><name>G?ran</name></author><thread dsq:id="1"/></post></disqus>';
    const bytes = bytesOf(head + body);
    bytes[bytes.indexOf(0x3f, head.length + 60)] = 0xf6;
    const result = await importBytes('latin1.xml', bytes);
    expect(result.threads[0]?.comments[0]?.author.name).toBe('Göran');
  });
});

describe('streaming', () => {
  it('reports progress chunk by chunk and lets other work run between chunks', async () => {
    const comments = Array.from(
      { length: 3000 },
      (_, i) =>
        `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id><wp:comment_author>Läsare ${i}</wp:comment_author><wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content>Kommentar nummer ${i} med lite text.</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>`,
    ).join('\n');
    const data = bytesOf(
      `${WXR_START}<item><title>Stor</title><wp:post_type>post</wp:post_type>${comments}</item></channel></rss>`,
    );
    const progress: number[] = [];
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await importBytes('stor.xml', data, {
      onProgress: (done, total) => {
        expect(total).toBe(data.byteLength);
        progress.push(done);
      },
    });
    running = false;
    expect(result.threads[0]?.comments).toHaveLength(3000);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(data.byteLength);
    expect(ticks).toBeGreaterThanOrEqual(progress.length - 1);
  });

  it('reports progress once for formats read at once', async () => {
    const progress: [number, number][] = [];
    await importFixture('pasted-sv.txt', { onProgress: (done, total) => progress.push([done, total]) });
    const size = readFixture('pasted-sv.txt').byteLength;
    expect(progress).toEqual([[size, size]]);
  });
});
