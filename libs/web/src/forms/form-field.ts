import type { FormEvent } from 'react';

/** Reads a submitted form's text fields by name ('' for a missing one). */
export function formFields(event: FormEvent<HTMLFormElement>): (name: string) => string {
  const form = new FormData(event.currentTarget);
  return (name) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
}
