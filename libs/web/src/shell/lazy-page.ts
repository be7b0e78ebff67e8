import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * A screen loaded when it is first shown, so an app's first load carries only
 * what the sign-in screen needs (issue 12's bundle budgets). `load` must be a
 * literal `() => import('./…')` for the bundler to split the module out.
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
