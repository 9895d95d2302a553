import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { firstScreenAnswer } from '../../lib/firstScreenCalls';
import { applyAppearance } from './applyAppearance';

interface SettingsValue {
  settings: Settings | null;
  save: (changes: Partial<Settings>) => Promise<void>;
}

const SettingsContext = createContext<SettingsValue>({ settings: null, save: async () => {} });

// The author's settings, loaded once; a change is shown at once and then saved (errors reach the caller).
export function SettingsProvider({ children, onSaved }: { children: ReactNode; onSaved: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    firstScreenAnswer('settings.get').then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        applyAppearance(loaded);
      },
      (error: unknown) => console.warn('Kanal could not read the settings', error),
    );
    return () => {
      live = false;
    };
  }, []);
  const save = useCallback(
    async (changes: Partial<Settings>) => {
      const saved = await api.settings.save(changes);
      setSettings(saved);
      applyAppearance(saved);
      onSaved();
    },
    [onSaved],
  );
  return <SettingsContext.Provider value={{ settings, save }}>{children}</SettingsContext.Provider>;
}

export const useSettings = (): SettingsValue => useContext(SettingsContext);
