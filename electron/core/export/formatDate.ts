// One formatter per language: building an Intl.DateTimeFormat costs far more than using one, and a long thread has
// a date per comment.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(lang: string): Intl.DateTimeFormat | null {
  if (!formatters.has(lang)) {
    try {
      formatters.set(lang, new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
    } catch {
      formatters.set(lang, null);
    }
  }
  return formatters.get(lang) ?? null;
}

// Formatting costs more than looking up, and a thread's comments share their days: each day's text is kept.
const DAYS_KEPT = 10_000;
const days = new Map<string, string>();

// A date as readers of the post's language write it, in UTC so the export does not depend on this machine's zone.
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toISOString().slice(0, 10);
  const key = `${lang} ${day}`;
  let text = days.get(key);
  if (text === undefined) {
    // A language tag Intl does not accept still gets a readable date.
    text = formatterFor(lang)?.format(date) ?? day;
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(key, text);
  }
  return text;
}
