export interface Disposable {
  dispose(): void;
}

/** A minimal typed event, so the core can notify without depending on vscode or EventEmitter typing. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  event = (listener: (value: T) => void): Disposable => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch {
        // A failing listener must not stop the queue or the other listeners.
      }
    }
  }
}
