/** Types of neo4j-server.mjs (a plain ES module, so CI and the tests can use it without a build). */
export interface RunningNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  readonly version: string;
  /** From spawning the JVM to Bolt accepting connections, in ms. */
  readonly startMs: number;
  stop(): Promise<void>;
}
export const NEO4J_VERSION: string;
export const SCHEMA: string;
export function javaMajorVersion(): number | null;
export function whyUnavailable(): string | null;
export function prepare(log?: (line: string) => void): void;
export function startNeo4j(options?: { log?: (line: string) => void }): Promise<RunningNeo4j>;
