import type { ExportChoices, ExportFormat } from '../../core/api';
import { KanalError } from '../../core/errors';
import type { PostStatus } from '../../core/shared/schema';
import type { OpenLibrary } from '../openLibrary';
import { writeAssetsBeside, writeExportFolder } from '../writeExport';
import { writeNamedFile } from '../writableFile';

export interface ExportCommandOptions extends ExportChoices {
  format: ExportFormat;
  out?: string;
  all: boolean;
  status?: PostStatus;
  channel?: string;
}

// One post to stdout or a file; several, or every post matching --status and --channel, into a folder.
export async function exportCommand({ api }: OpenLibrary, postIds: string[], options: ExportCommandOptions) {
  const { format, out, all, status, channel, ...choices } = options;
  const [only] = postIds;
  if (!all && only !== undefined && postIds.length === 1) {
    const file = await api.export[format]({ postId: only, ...choices });
    if (!out) return void process.stdout.write(file.content);
    // Pictures first: the file that refers to them is written once they are there.
    await writeAssetsBeside(out, file.assets ?? []);
    await writeNamedFile(out, file.content);
    const post = await api.posts.get({ id: only });
    return void process.stderr.write(`Exported "${post.title}" to ${out}\n`);
  }
  const selection = all ? { ...(status ? { status } : {}), ...(channel ? { channel } : {}) } : { postIds };
  if (!out) throw new KanalError('usage', 'Several posts go into a folder: give it with --out DIR.');
  const files = await api.export.several({ format, ...selection, ...choices });
  await writeExportFolder(out, files);
  process.stderr.write(`Exported ${files.length} file${files.length === 1 ? '' : 's'} to ${out}\n`);
}
