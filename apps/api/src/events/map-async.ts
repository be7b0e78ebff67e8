/**
 * Maps an async iterator, skipping items mapped to null. Unlike an async
 * generator, its return() reaches the source at once even while a next() is
 * pending, so a subscription that ends releases its listener immediately.
 */
export function mapAsync<S, T>(
  source: AsyncIterator<S>,
  map: (item: S) => Promise<T | null> | T | null,
): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const item = await source.next();
        if (item.done) return { done: true, value: undefined };
        const value = await map(item.value);
        if (value !== null) return { done: false, value };
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
