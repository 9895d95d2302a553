import type { TFunction } from 'i18next';
import type { Mark } from './mark';

// What the live region says after a mark.
export const markMessage = (t: TFunction, mark: Mark): string => {
  if (mark.kind === 'noReply') return mark.value ? t('queue.marked.noReply') : t('queue.marked.needsReply');
  if (mark.value === null) return t('queue.marked.ownReset');
  return mark.value ? t('queue.marked.mine') : t('queue.marked.notMine');
};
