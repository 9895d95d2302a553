import type { ExportChoices, ExportedFile, ExportFormat } from '../api';
import type { Channel, Post, Settings } from '../shared/schema';
import { buildConversation, type LoadedThread } from './conversation';
import { exportPostFragment, exportPostHtml } from './htmlPage';
import { exportPostMarkdown } from './markdownPost';
import { exportPostWxr } from './wxr/wxrDocument';

export interface PostExport {
  post: Post;
  channels: Channel[];
  threads: LoadedThread[];
  settings: Settings;
  choices: ExportChoices;
}

// One post in one format; every writer takes the same facts and leaves out what it has no use for.
export function writePost(
  format: ExportFormat,
  { post, channels, threads, settings, choices }: PostExport,
): ExportedFile {
  const conversation = () => (choices.withThread ? buildConversation(threads, settings, choices) : null);
  switch (format) {
    case 'html':
      return exportPostHtml(post, channels, { conversation: conversation(), stylesheet: choices.stylesheet });
    case 'fragment':
      return exportPostFragment(post, channels, conversation());
    case 'md':
      return exportPostMarkdown(post, channels, conversation());
    case 'wxr':
      return exportPostWxr(post, channels, threads, settings, choices);
  }
}
