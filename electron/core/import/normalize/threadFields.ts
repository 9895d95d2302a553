import { cleanAuthorName, cleanEmail } from '../html/cleanAuthor';
import { htmlToText } from '../html/htmlToText';
import { toTextLine } from '../html/toTextLine';
import { allowedUrlField, WEB_SCHEMES } from '../../shared/policy';
import type { NormalizedThread } from '../normalizedTypes';
import type { ImportedAuthor, ImportedThread } from '../../shared/importTypes';
import { cleanLanguageTag } from './cleanLanguageTag';

// The longest title a post may have (the contract's limit on posts.save).
const MAX_TITLE_LENGTH = 500;

export type ThreadFields = Omit<NormalizedThread, 'comments' | 'importDigest' | 'unchanged'>;

// What a thread is apart from its comments, cleaned: its title, address, language, post author and text.
export function threadFields(source: ImportedThread): ThreadFields {
  const { comments: _raw, ...post } = source;
  const title = toTextLine(source.title, MAX_TITLE_LENGTH);
  const postText = source.postHtml ? htmlToText(source.postHtml) : '';
  return {
    ...post,
    title,
    // The post's address is shown as a link and matched against posts: the web only, like an author's.
    url: allowedUrlField(source.url, WEB_SCHEMES),
    lang: cleanLanguageTag(source.lang),
    author: source.author && cleanPostAuthor(source.author),
    suggestedText: [title, postText].filter((t) => t !== '').join('\n\n'),
  };
}

// The post author keeps its account ids; name and e-mail are cleaned like a commenter's.
function cleanPostAuthor(author: ImportedAuthor): ImportedAuthor {
  const { email: _email, ...rest } = author;
  const email = cleanEmail(author.email);
  return { ...rest, name: cleanAuthorName(author.name), ...(email ? { email } : {}) };
}
