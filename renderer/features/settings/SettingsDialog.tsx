import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSchema, type Settings } from '../../../electron/core/shared/schema';
import { errorMessage } from '../../lib/apiError';
import { Dialog } from '../../ui/Dialog';
import { BackupList } from './BackupList';
import { IdentityList } from './IdentityList';
import { useSettings } from './SettingsContext';

const LANGUAGE_NAMES: Record<Settings['uiLanguage'], string> = { en: 'English', sv: 'Svenska' };

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { settings, save } = useSettings();
  const languageId = useId();
  const themeId = useId();
  const [error, setError] = useState<string | null>(null);
  const change = async (changes: Partial<Settings>) => {
    setError(null);
    try {
      await save(changes);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <Dialog title={t('settings.title')} onClose={onClose}>
      {!settings ? (
        <p className="placeholder-text">{t('common.loading')}</p>
      ) : (
        <div className="settings">
          <div className="field field-inline">
            <label htmlFor={languageId}>{t('settings.language')}</label>
            <select
              id={languageId}
              value={settings.uiLanguage}
              onChange={(event) =>
                void change({ uiLanguage: settingsSchema.shape.uiLanguage.parse(event.target.value) })
              }
            >
              {settingsSchema.shape.uiLanguage.options.map((language) => (
                <option key={language} value={language} lang={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-inline">
            <label htmlFor={themeId}>{t('settings.theme')}</label>
            <select
              id={themeId}
              value={settings.theme}
              onChange={(event) => void change({ theme: settingsSchema.shape.theme.parse(event.target.value) })}
            >
              {settingsSchema.shape.theme.options.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`settings.themes.${theme}`)}
                </option>
              ))}
            </select>
          </div>
          <p className="quiet">{t('settings.identityHint')}</p>
          <IdentityList
            legend={t('settings.names')}
            inputLabel={t('settings.name')}
            addLabel={t('settings.addName')}
            hint={t('settings.namesHint')}
            type="text"
            values={settings.authorNames}
            onChange={(authorNames) => change({ authorNames })}
          />
          <IdentityList
            legend={t('settings.emails')}
            inputLabel={t('settings.email')}
            addLabel={t('settings.addEmail')}
            hint={t('settings.emailsHint')}
            type="email"
            values={settings.authorEmails}
            onChange={(authorEmails) => change({ authorEmails })}
          />
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <BackupList />
        </div>
      )}
    </Dialog>
  );
}
