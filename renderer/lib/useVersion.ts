import { useCallback, useState } from 'react';

// A counter to bump when data changed elsewhere, so hooks that load it load again.
export const useVersion = (): [number, () => void] => {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  return [version, bump];
};
