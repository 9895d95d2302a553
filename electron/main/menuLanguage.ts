import type { Services } from '../core/handlers';
import type { UiLanguage } from './menuLabels';

// Settings saved from the window also reach whoever shows the UI language outside the page (the menu). Done on the
// service, which every way of saving settings goes through, before the window can call it.
export function followUiLanguage(settings: Services['settings'], onLanguage: (language: UiLanguage) => void): void {
  const save = settings.save.bind(settings);
  settings.save = async (input) => {
    const saved = await save(input);
    onLanguage(saved.uiLanguage);
    return saved;
  };
}
