/** Runs async tasks one at a time, in the order they were queued. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The queue must go on after a failed task; the caller still sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
