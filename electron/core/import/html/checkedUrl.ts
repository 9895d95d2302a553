import { allowedUrlField, LINK_SCHEMES, type UrlScheme } from '../../shared/policy';

// An export names the same addresses thousands of times (a reader's site on each of their comments): each address
// is checked once per scheme list, and the answers kept for a bounded number of addresses.
const MAX_KEPT = 4096;
const kept = new Map<readonly UrlScheme[], Map<string, string | null>>();

// allowedUrlField, remembered.
export function checkedUrlField(
  value: string | null | undefined,
  schemes: readonly UrlScheme[] = LINK_SCHEMES,
): string | null {
  if (value === null || value === undefined) return null;
  let answers = kept.get(schemes);
  if (!answers) kept.set(schemes, (answers = new Map()));
  const known = answers.get(value);
  if (known !== undefined) return known;
  const answer = allowedUrlField(value, schemes);
  if (answers.size >= MAX_KEPT) answers.clear();
  answers.set(value, answer);
  return answer;
}
