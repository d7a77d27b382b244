import type { QueueApp } from '../core/app/queueApp';

/**
 * Watches the background saves while CVs are processed. A save that fails (a full disk) must
 * stop the run: results that cannot reach the disk would be reported as done and then lost.
 */
export function watchSaves(app: QueueApp, intervalMs = 500) {
  let failure: string | undefined;
  let settle!: () => void;
  const failed = new Promise<void>((resolve) => (settle = resolve));
  const check = async (): Promise<void> => {
    const state = await app.saveState();
    if (state?.failure && failure === undefined) {
      failure = state.failure;
      settle();
    }
  };
  const timer = setInterval(() => void check().catch(() => undefined), intervalMs);
  return {
    failed,
    get failure(): string | undefined {
      return failure;
    },
    dispose: (): void => clearInterval(timer),
  };
}
