/** Small helpers shared by scripts/backup.ts and scripts/restore.ts. */
import type { Config } from '../config/config.js';

/**
 * The folder relative paths (DATA_DIR, --out, --in) are taken from: where `npm run …` was typed
 * (npm passes it as INIT_CWD and runs the script inside api/), else the working directory.
 */
export function invocationDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['INIT_CWD'] || process.cwd();
}

/** An error whose message is meant for the person at the terminal, as it is. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export function describeTarget(config: Config): string {
  return config.neo4j ? `neo4j at ${config.neo4j.uri} (database ${config.neo4j.database})` : `kuzu at ${config.dataDir}`;
}

/** Kuzu refuses a second process on a database with a lock error: say what to do instead. */
export function explainStoreError(error: unknown, config: Config): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!config.neo4j && /could not set lock/i.test(message)) {
    return `the database in ${config.dataDir} is in use by another process: stop the server first`;
  }
  return message;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** "Actor 150, Network 40" */
export function formatCounts(counts: Readonly<Record<string, number | undefined>>): string {
  return Object.entries(counts).map(([key, n]) => `${key} ${n ?? 0}`).join(', ');
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
