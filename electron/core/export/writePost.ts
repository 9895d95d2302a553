import { PICTURE_EMBEDDING_FORMATS, type ExportChoices, type ExportedFile, type ExportFormat } from '../api';
import type { StoredImage } from '../images/readImages';
import type { Channel, Post, Settings } from '../shared/schema';
import { buildConversation, type LoadedThread } from './conversation';
import { exportPostFragment, exportPostHtml } from './htmlPage';
import { exportPostMarkdown } from './markdownPost';
import { placePictures } from './placePictures';
import { exportPostWxr } from './wxr/wxrDocument';

export interface PostExport {
  post: Post;
  channels: Channel[];
  threads: LoadedThread[];
  settings: Settings;
  choices: ExportChoices;
  // The stored pictures the post shows.
  images: StoredImage[];
}

// One post in one format; every writer takes the same facts and leaves out what it has no use for.
export function writePost(
  format: ExportFormat,
  { post, channels, threads, settings, choices, images }: PostExport,
): ExportedFile {
  const conversation = () => (choices.withThread ? buildConversation(threads, settings, choices) : null);
  const pictures = placePictures(images, PICTURE_EMBEDDING_FORMATS.includes(format) && choices.embedImages);
  const withAssets = (file: ExportedFile): ExportedFile =>
    pictures.assets.length ? { ...file, assets: pictures.assets } : file;
  const pictureAddress = pictures.address;
  switch (format) {
    case 'html':
      return withAssets(
        exportPostHtml(post, channels, {
          conversation: conversation(),
          stylesheet: choices.stylesheet,
          pictureAddress,
        }),
      );
    case 'fragment':
      return withAssets(exportPostFragment(post, channels, conversation(), pictureAddress));
    case 'md':
      return withAssets(exportPostMarkdown(post, channels, conversation(), pictureAddress));
    case 'wxr':
      return withAssets(exportPostWxr(post, channels, threads, settings, choices, pictureAddress));
  }
}
