import type { ImportedAuthor } from '../../shared/importTypes';
import { WEB_SCHEMES } from '../../shared/policy';
import { checkedUrlField } from './checkedUrl';
import { toTextLine } from './toTextLine';

export interface CleanAuthor {
  name: string;
  email?: string;
  url?: string;
}

const MAX_NAME_LENGTH = 200;
const MAX_EMAIL_LENGTH = 254;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

// Author names are text: sources hand them over with entities and sometimes tags.
export const cleanAuthorName = (name: string): string => toTextLine(name, MAX_NAME_LENGTH);

export function cleanEmail(email: string | undefined): string | undefined {
  const text = email?.trim() ?? '';
  return text.length <= MAX_EMAIL_LENGTH && EMAIL.test(text) ? text : undefined;
}

export function cleanAuthor(author: ImportedAuthor): CleanAuthor {
  const clean: CleanAuthor = { name: cleanAuthorName(author.name) };
  const email = cleanEmail(author.email);
  const url = checkedUrlField(author.url, WEB_SCHEMES);
  if (email) clean.email = email;
  if (url) clean.url = url;
  return clean;
}
