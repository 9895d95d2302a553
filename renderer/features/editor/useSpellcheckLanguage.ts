import { useEffect } from 'react';
import { api, isDesktop } from '../../lib/api';

// The desktop's spellchecker follows the open post's language; the browser reads the body's lang attribute itself.
export const useSpellcheckLanguage = (lang: string): void => {
  useEffect(() => {
    if (!isDesktop()) return;
    api.app.spellcheckLanguage({ lang }).catch((error: unknown) => {
      // Spelling is a help, not a condition for writing.
      console.warn('Kanal could not set the spellchecker language', error);
    });
  }, [lang]);
};
