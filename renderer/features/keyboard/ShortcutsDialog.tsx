import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../lib/shortcutLabel';
import { Dialog } from '../../ui/Dialog';
import { EDITOR_SHORTCUTS, LIST_SHORTCUTS } from './shortcuts';

// "?": every key for answering comments, read from the same list the key handler uses.
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('queue.keys.title')} onClose={onClose}>
      <h3 className="dialog-section">{t('queue.keys.inList')}</h3>
      <dl className="shortcut-list">
        {LIST_SHORTCUTS.map(({ key, action }) => (
          <div key={action}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`queue.keys.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="dialog-section">{t('queue.keys.inEditor')}</h3>
      <dl className="shortcut-list">
        {EDITOR_SHORTCUTS.map(({ keys, action }) => (
          <div key={action}>
            <dt>
              <kbd>{shortcutLabel(keys)}</kbd>
            </dt>
            <dd>{t(`queue.keys.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="quiet">{t('queue.keys.note')}</p>
    </Dialog>
  );
}
