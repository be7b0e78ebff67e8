/**
 * Text with variables in braces, 「{会社名}でございます」: the greeting an
 * operator reads and the replies sent to people who wrote in. Unknown
 * variables are refused when the text is saved, so nobody reads or receives
 * a raw brace.
 */
const VARIABLE = /\{([^{}]*)\}/g;

/** The variables a text names that are not among the known ones, in order. */
export function unknownVariables(text: string, known: readonly string[]): string[] {
  return [...text.matchAll(VARIABLE)].map((m) => m[1] ?? '').filter((n) => !known.includes(n));
}

/** The text with each known variable replaced by its value; anything else is left as written. */
export function renderVariables<V extends string>(text: string, values: Record<V, string>): string {
  return text.replace(VARIABLE, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as V] : whole,
  );
}
