import type { Logger } from '../logger';
import type { QueueApp } from './queueApp';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Applies the retention setting while the queue is in use: once when it opens and then every
 * `intervalMs` (a day), so finished CVs are not kept longer than the user chose.
 */
export function scheduleRetention(app: QueueApp, retentionDays: () => number, logger: Logger, intervalMs = DAY_MS): { dispose(): void } {
  const purge = (): void => {
    const days = retentionDays();
    if (days <= 0 || !app.isOpen) return;
    app.privacy.purgeOlderThan(days).catch((err: unknown) => logger.error(`Retention: the purge failed: ${err instanceof Error ? err.message : String(err)}`));
  };
  const opened = app.events.onDidChangeMany(({ reason }) => {
    if (reason === 'opened') purge();
  });
  const timer = setInterval(purge, intervalMs);
  timer.unref?.();
  return {
    dispose: () => {
      opened.dispose();
      clearInterval(timer);
    },
  };
}
