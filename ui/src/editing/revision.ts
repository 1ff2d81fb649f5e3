/**
 * The map's write revision: every successful write from this tab bumps it, and every query hook
 * re-asks when it changes, so a saved edit shows on the map, in the panel and in the findings
 * without a reload.
 */
import { useSyncExternalStore } from 'react';

let revision = 0;
const listeners = new Set<() => void>();

export function bumpRevision(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const currentRevision = (): number => revision;
export const useRevision = (): number => useSyncExternalStore(subscribe, currentRevision, currentRevision);
