import { useLayoutEffect, useRef } from 'react';

// The current row of a virtual list takes the focus when the list asks for it (see useFocusRequest).
export const useRowFocus = <E extends HTMLElement>(current: boolean, claimFocus: () => boolean) => {
  const ref = useRef<E>(null);
  // After every render: the request may arrive with any of them, and claiming is cheap.
  useLayoutEffect(() => {
    if (current && claimFocus()) ref.current?.focus();
  });
  return ref;
};
