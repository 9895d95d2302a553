import { docText } from '../shared/content/docText';
import { countWords } from '../shared/content/wordCount';
import { isAllowedUrl, WEB_SCHEMES } from '../shared/policy';
import { flattenConversation, type ConversationEntry } from './conversation';
import { entryAnchor } from './entryHtml';
import { jsonForScript } from './jsonForScript';
import type { PostFacts } from './postFacts';

function person(entry: ConversationEntry): Record<string, string> {
  const url = entry.author.url;
  return { '@type': 'Person', name: entry.author.name, ...(url && isAllowedUrl(url, WEB_SCHEMES) ? { url } : {}) };
}

const entryText = (entry: ConversationEntry): string =>
  entry.from === 'reader' ? entry.comment.text : docText(entry.reply.doc);

function comment(entry: ConversationEntry): Record<string, unknown> {
  return {
    '@type': 'Comment',
    '@id': `#${entryAnchor(entry)}`,
    author: person(entry),
    ...(entry.date ? { dateCreated: entry.date } : {}),
    text: entryText(entry),
    ...(entry.parent ? { parentItem: { '@id': `#${entryAnchor(entry.parent)}` } } : {}),
  };
}

// The JSON-LD block: a BlogPosting and, with the conversation, its Comment items (parentItem for answers); written so
// that no text in it, "</script>" included, can end the element.
export function structuredData(facts: PostFacts, entries: ConversationEntry[] | null): string {
  const comments = entries ? flattenConversation(entries) : [];
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: facts.title,
    ...(facts.published ? { datePublished: facts.published } : {}),
    dateModified: facts.post.updatedAt,
    inLanguage: facts.lang,
    keywords: facts.codes,
    wordCount: countWords(facts.text),
    ...(facts.url ? { url: facts.url } : {}),
    articleBody: facts.text,
    ...(entries ? { commentCount: comments.length, comment: comments.map(comment) } : {}),
  };
  return `<script type="application/ld+json">\n${jsonForScript(data)}\n</script>`;
}
