import { Logger } from '@nestjs/common';

/**
 * Maps an async iterator, skipping items mapped to null. Unlike an async
 * generator, its return() reaches the source at once even while a next() is
 * pending, so a subscription that ends releases its listener immediately.
 * An item whose mapping fails (the database away for a moment) is skipped:
 * a live feed misses one event, which a reload repairs, instead of ending.
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
        const value = await Promise.resolve()
          .then(() => map(item.value))
          .catch((error: unknown) => {
            Logger.warn(`A live event was skipped: ${String(error)}`, 'Events');
            return null;
          });
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

/**
 * Yields once for any burst of source items: when an item comes, waits
 * `ms` while more may come, then yields, so a reader that reloads on change
 * reloads at most once per `ms` however busy the source is. The source is
 * read from the start, so nothing that happens before the first next() is missed.
 */
export function settled<S>(source: AsyncIterator<S>, ms: number): AsyncIterableIterator<void> {
  let changed = false;
  let ended = false;
  let wake: () => void = () => undefined;
  void (async () => {
    try {
      for (let item = await source.next(); !item.done; item = await source.next()) {
        changed = true;
        wake();
      }
    } finally {
      ended = true;
      wake();
    }
  })();
  const iterator: AsyncIterableIterator<void> = {
    async next() {
      while (!changed && !ended) await new Promise<void>((resolve) => (wake = resolve));
      if (ended) return { done: true, value: undefined };
      await new Promise((resolve) => setTimeout(resolve, ms));
      changed = false;
      return { done: false, value: undefined };
    },
    async return() {
      ended = true;
      wake();
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
