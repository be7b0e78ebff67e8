import { useState } from 'react';
import { toApiProblem, type ApiProblem } from './api-problem';

export interface SubmitState {
  submitting: boolean;
  problem: ApiProblem | null;
  /** The API's message for a field this form shows, if it refused that field. */
  error: (field: string) => string | undefined;
  /** Runs one request; resolves to its result, or undefined when it failed (the problem is kept). */
  submit: <T>(request: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
  /** Field paths shown beside inputs; FormProblem lists every other message itself. */
  shownFields: readonly string[];
}

/**
 * Submission state for one form. `shownFields` are the field paths this form
 * renders beside its inputs; a path also covers everything under it
 * (`coverageWindows` covers `coverageWindows.0.end`).
 */
export function useSubmit(
  shownFields: readonly string[],
  options: { dropPrefixes?: readonly string[] } = {},
): SubmitState {
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const { dropPrefixes } = options;

  async function submit<T>(request: () => Promise<T>): Promise<T | undefined> {
    setSubmitting(true);
    setProblem(null);
    try {
      return await request();
    } catch (error) {
      setProblem(toApiProblem(error, dropPrefixes));
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  return {
    submitting,
    problem,
    error: (field) => problem?.fields[field],
    submit,
    clear: () => setProblem(null),
    shownFields,
  };
}

/** Is this field path rendered beside an input of the form? */
export function isShown(path: string, shownFields: readonly string[]): boolean {
  return shownFields.some((shown) => path === shown || path.startsWith(`${shown}.`));
}
