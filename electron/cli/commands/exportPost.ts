import { writeFile } from 'node:fs/promises';
import { exportHtml } from '../../core/handlers';
import type { Kanal } from '../../core/openKanal';
import { writeFileDurably } from '../../core/store/durableWrite';
import { CliError } from '../cliError';

export async function exportCommand(kanal: Kanal, postId: string | undefined, format: string, out: string | undefined): Promise<void> {
  if (!postId) throw new CliError('Usage: kanal export <postId> --format html --out FILE');
  if (format !== 'html') throw new CliError(`Unknown export format "${format}"; Kanal exports html.`);
  const file = exportHtml(kanal.library, postId);
  if (!out) return void process.stdout.write(file.content);
  await writeFileDurably(out, file.content).catch(async (error: NodeJS.ErrnoException) => {
    // A target folder we cannot fsync (some mounts) still gets a plain write.
    if (error.code !== 'EINVAL') throw error;
    await writeFile(out, file.content, 'utf8');
  });
  process.stderr.write(`Exported "${kanal.library.data.posts.find((p) => p.id === postId)?.title ?? postId}" to ${out}\n`);
}
