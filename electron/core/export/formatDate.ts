// A date as readers of the post's language write it, in UTC so the export does not depend on this machine's zone.
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    // A language tag Intl does not accept still gets a readable date.
    return date.toISOString().slice(0, 10);
  }
}
