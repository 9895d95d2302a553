import type { Handlers } from '../core/handlers';
import type { UiLanguage } from './menuLabels';

// The operations the window calls, with Settings' saves passed on to whoever shows the UI language outside the
// page (the menu).
export function followUiLanguage(handlers: Handlers, onLanguage: (language: UiLanguage) => void): Handlers {
  const save = handlers['settings.save'];
  return {
    ...handlers,
    'settings.save': async (input) => {
      const settings = await save(input);
      onLanguage(settings.uiLanguage);
      return settings;
    },
  };
}
