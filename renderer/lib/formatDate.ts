import { dateFormatter } from './dateFormatter';

// Dates as the reader's language writes them; the core keeps ISO-8601 UTC.
export const formatDate = (iso: string | null, language: string): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(language, 'dateTime').format(date);
};
