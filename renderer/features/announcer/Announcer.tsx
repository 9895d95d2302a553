import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

// One polite live region for the changes the author makes while answering, so a screen reader hears each one.
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState({ message: '', count: 0 });
  const announce = useCallback<Announce>(
    (message) => setSaid((previous) => ({ message, count: previous.count + 1 })),
    [],
  );
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-announcer="">
        {/* A new node per message: the same words said twice in a row are read twice. */}
        <span key={said.count}>{said.message}</span>
      </div>
    </AnnouncerContext.Provider>
  );
}

export const useAnnounce = (): Announce => useContext(AnnouncerContext);
