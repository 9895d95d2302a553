import { writeFile } from 'node:fs/promises';
import type { ExportFormat } from '../../core/api';
import { writeFileDurably } from '../../core/store/durableWrite';
import type { OpenLibrary } from '../openLibrary';

export async function exportCommand(
  { api }: OpenLibrary,
  postId: string,
  options: { format: ExportFormat; out?: string },
): Promise<void> {
  const file = await api.export[options.format]({ postId });
  const out = options.out;
  if (!out) return void process.stdout.write(file.content);
  await writeFileDurably(out, file.content).catch(async (error: NodeJS.ErrnoException) => {
    // A target folder we cannot fsync (some mounts) still gets a plain write.
    if (error.code !== 'EINVAL') throw error;
    await writeFile(out, file.content, 'utf8');
  });
  const post = await api.posts.get({ id: postId });
  process.stderr.write(`Exported "${post.title}" to ${out}\n`);
}
