import { useState } from 'react';

/**
 * The last non-null value: a modal keeps showing its content while it fades
 * out after its subject was cleared, instead of flashing an empty box.
 */
export function useRetained<T>(value: T | null): T | null {
  const [kept, setKept] = useState(value);
  if (value !== null && value !== kept) setKept(value);
  return value ?? kept;
}
