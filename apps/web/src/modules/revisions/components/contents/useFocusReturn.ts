import { useEffect, useRef, useState } from 'react';

/**
 * Open/closed state of an inline form opened by a button: when the form
 * closes, focus goes back to that button instead of getting lost.
 */
export function useFocusReturn() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, setOpen, button };
}
