import type { QueueApp } from '../core/app/queueApp';

/**
 * Watches the background saves while CVs are processed. A save that fails (a full disk) must
 * stop the run: results that cannot reach the disk would be reported as done and then lost.
 * The store announces the failure as it happens, so the run stops before claiming another CV.
 */
export function watchSaves(app: QueueApp) {
  let failure: string | undefined;
  let settle!: () => void;
  const failed = new Promise<void>((resolve) => (settle = resolve));
  const subscription = app.events.onDidChangeSaveState((state) => {
    if (!state.failure || failure !== undefined) return;
    failure = state.failure;
    settle();
  });
  return {
    failed,
    get failure(): string | undefined {
      return failure;
    },
    dispose: (): void => subscription.dispose(),
  };
}
