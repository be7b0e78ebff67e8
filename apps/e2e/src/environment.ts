import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

/** What the harness registers to explain a failed browser test (see `harness.ts`). */
export type FailureReport = (testName: string) => Promise<void>;

/**
 * Node, plus a hook that lets the harness print what the browser showed and
 * the server logged at the moment a test failed, so a failure in CI can be
 * read from its output alone.
 */
export default class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event: Circus.Event): Promise<void> {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const report = this.global['dengonFailureReport'] as FailureReport | undefined;
    const name = event.name === 'test_fn_failure' ? event.test.name : event.hook.type;
    await report?.(name).catch((e: unknown) => console.error('No failure report:', e));
  }
}
