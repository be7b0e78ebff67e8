/**
 * Japanese substring search over FAQ items. PostgreSQL's pg_trgm does not
 * index terms shorter than 3 characters, and Japanese words are often 2
 * (水漏, 解約). Each item stores the set of its character bigrams; a query
 * narrows by "contains all the term's bigrams" on a GIN index, then confirms
 * the substring. Both sides normalise the same way (NFKC, lower case), so
 * ｶﾅ, full-width letters and case do not matter.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Distinct 2-character grams of each whitespace-separated word. */
export function bigrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of normalizeForSearch(text).split(/\s+/)) {
    const chars = Array.from(word);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams].sort();
}

/** The normalised words of a search query, empty words dropped. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** What is indexed for an item: question, answer and tags together. */
export function faqSearchText(item: {
  question: string;
  answer: string;
  tags: readonly string[];
}): string {
  return [item.question, item.answer, ...item.tags].join(' ');
}
