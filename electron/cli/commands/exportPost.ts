import type { ExportFormat } from '../../core/api';
import type { OpenLibrary } from '../openLibrary';
import { writeNamedFile } from '../writableFile';

export async function exportCommand(
  { api }: OpenLibrary,
  postId: string,
  options: { format: ExportFormat; out?: string },
): Promise<void> {
  const file = await api.export[options.format]({ postId });
  const out = options.out;
  if (!out) return void process.stdout.write(file.content);
  await writeNamedFile(out, file.content);
  const post = await api.posts.get({ id: postId });
  process.stderr.write(`Exported "${post.title}" to ${out}\n`);
}
