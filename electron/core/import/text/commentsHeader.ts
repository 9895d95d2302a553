// "18 thoughts on “Title”", "One thought on “Title”", "3 svar på ”Titel”", "5 kommentarer till ”Titel" (closing quote lost).
const COUNT = String.raw`(?:\d{1,6}|one|en|ett)`;
const NOUN = String.raw`(?:thoughts?|responses?|comments?|replies|reply|svar|kommentarer|kommentar|tankar|tanke)`;
const PREPOSITION = String.raw`(?:on|to|till|på|om)`;
const QUOTE = '["“”„‟«»‘’\'‚]';
// Matched against trimmed lines only: a "\s*" before the end would make the lazy title retry it at every character.
const HEADER = new RegExp(`^${COUNT}\\s+${NOUN}\\s+${PREPOSITION}\\s+${QUOTE}(.+?)${QUOTE}?$`, 'iu');

// The title a comments header names, or null when the line is not one.
export function matchCommentsHeader(line: string): string | null {
  const match = HEADER.exec(line.trim());
  return match?.[1]?.trim() || null;
}

export const hasCommentsHeader = (text: string): boolean =>
  text.split(/\r?\n|\r/).some((line) => matchCommentsHeader(line) !== null);
