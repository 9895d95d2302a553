import type { i18n as I18n } from 'i18next';
import { numberFormatter } from '../lib/numberFormatter';

// The options a text may give its number, as in `{{size, number(maximumFractionDigits: 1)}}`.
const NUMBER_OPTIONS = [
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'useGrouping',
  'notation',
  'signDisplay',
] as const satisfies readonly (keyof Intl.NumberFormatOptions)[];

const numberOptions = (given: Record<string, unknown>): Intl.NumberFormatOptions =>
  Object.fromEntries(NUMBER_OPTIONS.filter((name) => given[name] !== undefined).map((name) => [name, given[name]]));

// i18next's `number` format keeps a formatter per call's options, the count included, so every count made a new
// Intl.NumberFormat; this one keeps one per language and number options.
export const formatNumbersOnce = (i18n: I18n): void =>
  i18n.services.formatter?.add('number', (value: number, language, options: Record<string, unknown>) =>
    numberFormatter(language ?? 'en', numberOptions(options)).format(value),
  );
