import type { TextFile } from '../bytes/openTextFile';
import { ImportFileError } from '../ImportFileError';
import type { ImportedAuthor, ImportedThread, ImportProgress, ParsedImport } from '../../shared/importTypes';
import { streamXml } from '../xml/streamXml';
import type { XmlNode } from '../xml/xmlNode';
import { readWxrAuthor } from './readWxrAuthor';
import { readWxrItem } from './readWxrItem';
import { isWpNamespace, RSS } from './wxrNamespaces';

const CHANNEL_FIELDS = new Set(['wxr_version', 'author']);

// A WordPress eXtended RSS export: every post or page item that has comments becomes a thread.
export async function parseWxr(file: TextFile, onProgress?: ImportProgress): Promise<ParsedImport> {
  const threads: { thread: ImportedThread; creator: string }[] = [];
  const authors = new Map<string, ImportedAuthor>();
  const notPosts: string[] = [];
  let version = '';
  let lang: string | null = null;

  const onChannelNode = (node: XmlNode): void => {
    if (node.local === 'language') lang = node.text.trim() || null;
    else if (node.local === 'wxr_version') version = node.text.trim();
    else if (node.local === 'author') {
      const found = readWxrAuthor(node);
      if (found) authors.set(found.login, found.author);
    } else {
      const item = readWxrItem(node, lang);
      if (item?.kind === 'thread') threads.push(item);
      else if (item)
        notPosts.push(`“${item.title}” (${item.postType || 'no post type'}, ${countOf(item.comments, 'comment')})`);
    }
  };

  await streamXml(
    file,
    {
      onRoot(root) {
        if (root.local !== 'rss') {
          throw new ImportFileError(
            file.name,
            'not-wxr',
            `it is not a WordPress export (its root element is <${root.local}>)`,
            { root: root.local },
          );
        }
      },
      capture(tag, depth, parent) {
        if (depth !== 3 || parent !== 'channel') return false;
        if (tag.uri === RSS) return tag.local === 'item' || tag.local === 'language';
        return isWpNamespace(tag.uri) && CHANNEL_FIELDS.has(tag.local);
      },
      onCaptured: onChannelNode,
    },
    onProgress,
  );

  // WordPress refuses a file without a WXR version number in the same words.
  if (!/^\d+\.\d+$/.test(version)) {
    throw new ImportFileError(
      file.name,
      'no-wxr-version',
      'it does not appear to be a WordPress export (missing or invalid WXR version number)',
    );
  }
  const verb = notPosts.length === 1 ? 'is' : 'are';
  const warnings = notPosts.length
    ? [
        `Skipped ${countOf(notPosts.length, 'item')} that ${verb} not a post or page, as WordPress does: ${notPosts.join('; ')}`,
      ]
    : [];
  return {
    format: 'wxr',
    threads: threads.map(({ thread, creator }) => withAuthor(thread, postAuthor(creator, authors))),
    warnings,
  };
}

const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

// The post author, and the author's WordPress user id beside what else WordPress said of the post.
function withAuthor(thread: ImportedThread, author: ImportedAuthor | null): ImportedThread {
  const wordpress = thread.wordpress && { ...thread.wordpress, authorUserId: author?.userId ?? null };
  return { ...thread, author, ...(wordpress ? { wordpress } : {}) };
}

function postAuthor(creator: string, authors: Map<string, ImportedAuthor>): ImportedAuthor | null {
  if (creator === '') return null;
  return authors.get(creator) ?? { name: creator, username: creator };
}
