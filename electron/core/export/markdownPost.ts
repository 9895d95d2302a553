import { stringify } from 'yaml';
import type { ExportedFile } from '../api';
import { withImageSources } from '../shared/images/docImages';
import type { Channel, Post } from '../shared/schema';
import type { ConversationEntry } from './conversation';
import { exportLabels } from './exportLabels';
import { docToMarkdown } from './markdownSerializer';
import { conversationDoc } from './markdownThread';
import { postFacts, type PostFacts } from './postFacts';

// Front matter Hugo, Jekyll and Eleventy read as it is; written by a YAML library so any title round-trips.
function frontMatter(facts: PostFacts): string {
  const fields = {
    title: facts.title,
    ...(facts.published ? { date: facts.published } : {}),
    draft: facts.post.status !== 'published',
    tags: facts.codes,
    slug: facts.slug,
    lang: facts.lang,
    ...(facts.description ? { description: facts.description } : {}),
  };
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

// The post as Markdown with front matter; with the conversation, a section after the body.
export function exportPostMarkdown(
  post: Post,
  channels: Channel[],
  conversation: ConversationEntry[] | null,
  pictureAddress?: (src: string) => string,
): ExportedFile {
  const facts = postFacts(post, channels, pictureAddress);
  const thread = conversation ? conversationDoc(conversation, facts.lang, exportLabels(facts.lang)) : [];
  const doc = withImageSources(
    { type: 'doc', content: [...(facts.doc.content ?? []), ...thread] },
    facts.pictureAddress,
  );
  const body = docToMarkdown(doc);
  const content = `${frontMatter(facts)}\n${body.trim() === '' ? '' : `${body.trimEnd()}\n`}`;
  return { filename: `${facts.slug}.md`, mimeType: 'text/markdown', content };
}
