import { useEffect, useRef, useState } from 'react';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * Client-side checks of a form: keeps the messages per field and, after they
 * are rendered, moves focus to the first invalid field so its error (tied by
 * aria-describedby) is read out.
 */
export function useFormErrors<K extends string>() {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  /** Shows the given errors; answers true when there are none. */
  function check(found: FieldErrors<K>): boolean {
    setErrors(found);
    const valid = Object.values(found).every((message) => !message);
    if (!valid) setAttempt((n) => n + 1);
    return valid;
  }

  return { errors, check, formRef };
}

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
