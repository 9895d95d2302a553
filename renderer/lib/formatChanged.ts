import { dateFormatter } from './dateFormatter';

// When a post last changed, as briefly as is still clear: the time today, the day this year, else the full date.
export const formatChanged = (iso: string, language: string, now: Date = new Date()): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameYear = date.getFullYear() === now.getFullYear();
  const today = sameYear && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
  return dateFormatter(language, today ? 'time' : sameYear ? 'dayMonth' : 'date').format(date);
};
