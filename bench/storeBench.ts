import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKanal } from '../electron/core/openKanal';
import type { Doc } from '../electron/core/shared/schema';
import { medianMs } from './measure';

const paragraph = (i: number) => ({
  type: 'paragraph',
  content: [
    { type: 'text', text: `Stycke ${i}: sociala nätverk skapar nya kommunikationsvägar mellan företag och konsument.` },
  ],
});
const longDoc = (paragraphs: number): Doc => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, (_, i) => paragraph(i)),
});

// An autosave in a library of 1,000 long posts, against a bare (non-durable) write of the same bytes.
export async function storeBench(): Promise<{ name: string; ratio: number; details: string }[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-store-'));
  try {
    const kanal = await openKanal(join(folder, 'kanal.json'));
    const { posts } = kanal.services;
    let last = '';
    for (let i = 0; i < 1000; i++) {
      const post = await posts.create({ title: `Inlägg ${i}` });
      kanal.library.data.posts[i]!.doc = longDoc(30);
      last = post.id;
    }
    let n = 0;
    const save = await medianMs(9, () => posts.save({ id: last, title: `Inlägg ${n++}`, doc: longDoc(30) }));
    const bytes = JSON.stringify(kanal.library.data);
    const bare = await medianMs(9, () => writeFile(join(folder, 'bare.json'), JSON.stringify(kanal.library.data)));
    await kanal.close();
    return [
      {
        name: 'autosave, 1,000 long posts (durable) vs bare stringify+write',
        ratio: save / bare,
        details: `${(bytes.length / 1e6).toFixed(1)} MB root file, save ${save.toFixed(0)} ms, bare ${bare.toFixed(0)} ms`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
