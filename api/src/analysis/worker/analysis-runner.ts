/**
 * The API's side of the analysis worker. It follows the read model (every batch the service
 * applies is sent on; a reload sends the whole map once) and keeps the worker computing the
 * newest graph version, one run at a time. Requests are answered from the last finished run,
 * with its graph version stated; they never wait for a run — except the very first request
 * after start-up, which waits once for the map as it then is (there is nothing, or only the
 * empty map before the seed, to answer from yet).
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logger.js';
import type { MapSnapshot, SnapshotEvent, SnapshotSource } from '../../readmodel/snapshot.js';
import type { AnalysisResultRecord, AnalysisSettings } from '../analyze.js';
import type { AnalysisResults, FromWorker, ToWorker, WorkerSettings } from './protocol.js';
import { decoder, type WireResults } from './results-wire.js';

export interface LatestAnalysis {
  readonly results: AnalysisResults;
  /** The results are of the map's current graph version and today's date. */
  readonly upToDate: boolean;
  /** The graph version of the map the request read. */
  readonly mapGraphVersion: number;
}

/** What the analysis query answers: the findings, and which graph version they are of. */
export interface AnalysisAnswerRecord extends AnalysisResultRecord {
  readonly upToDate: boolean;
  readonly mapGraphVersion: number;
}

/** What the GraphQL resolvers need from the analysis, whichever way it is computed. */
export interface AnalysisSource {
  readonly settings: AnalysisSettings;
  latest(snapshot: MapSnapshot): Promise<LatestAnalysis>;
}

/** Restarts of a failing worker in a row before the runner gives up (until the next request). */
const MAX_RESTARTS = 3;

function spawn(settings: WorkerSettings): Worker {
  // From source (tsx, vitest) the worker is a .ts file and needs tsx's loader; built, a .js file.
  const fromSource = import.meta.url.endsWith('.ts');
  const file = new URL(fromSource ? './analysis-worker.ts' : './analysis-worker.js', import.meta.url);
  // Loader flags (--import tsx) do not reach a worker thread on Node 20: register tsx inside it.
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`, { eval: true, workerData: settings })
    : new Worker(file, { workerData: settings });
  // The worker never keeps a process alive on its own (scripts and tests end when their work does).
  worker.unref();
  return worker;
}

export class AnalysisRunner implements AnalysisSource {
  private worker: Worker;
  private readonly workerSettings: WorkerSettings;
  /** The graph version of the copy the worker holds (as far as sent), or null before a load. */
  private sentVersion: number | null = null;
  private newest: MapSnapshot | null = null;
  private last: AnalysisResults | null = null;
  private running = false;
  private waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private settledWaiters: (() => void)[] = [];
  private readonly unsubscribe: () => void;
  private closed = false;
  private restarts = 0;
  /** Whether any request has been answered yet (the first one waits for the current version). */
  private served = false;
  /** Counts arrivals, so a rebuild overtaken by newer results stops. */
  private arrivals = 0;
  /** The version and day of results being rebuilt (not yet the latest), if any. */
  private rebuilding: { readonly graphVersion: number; readonly today: string } | null = null;

  constructor(readonly settings: AnalysisSettings, service: SnapshotSource, private readonly logger: Logger) {
    const { today: _today, ...data } = settings;
    this.workerSettings = data;
    this.worker = this.start();
    this.unsubscribe = service.onSnapshot((event) => this.follow(event));
  }

  private start(): Worker {
    const worker = spawn(this.workerSettings);
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => {
      this.logger.error({ error: String(error) }, 'the analysis worker stopped; starting a new one');
      this.fail(error);
      // A worker that cannot start at all is not restarted for ever: the next request tries again.
      if (this.closed || ++this.restarts > MAX_RESTARTS) return;
      this.worker = this.start();
      this.sentVersion = null;
    });
    return worker;
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private load(snapshot: MapSnapshot): void {
    this.post({ type: 'load', graphVersion: snapshot.graphVersion, nodes: [...snapshot.nodes.values()], rels: [...snapshot.rels.values()] });
    this.sentVersion = snapshot.graphVersion;
  }

  private follow(event: SnapshotEvent): void {
    this.newest = event.snapshot;
    if (event.kind === 'applied' && this.sentVersion === event.batch.graphVersion - 1) {
      this.post({ type: 'apply', batch: event.batch, validate: event.validate });
      this.sentVersion = event.batch.graphVersion;
    } else {
      this.load(event.snapshot);
    }
    this.kick();
  }

  private isFresh(results: AnalysisResults | null, graphVersion: number): boolean {
    return results !== null && results.analysis.graphVersion === graphVersion && results.analysis.today === this.settings.today();
  }

  /** Starts a run for the newest version unless one is running or its results are in. */
  private kick(): void {
    const newest = this.newest;
    if (this.running || this.closed || !newest) return;
    if (this.isFresh(this.last, newest.graphVersion)) {
      for (const settled of this.settledWaiters.splice(0)) settled();
      return;
    }
    // Its results are in and being rebuilt: no second run of the same version.
    if (this.rebuilding?.graphVersion === newest.graphVersion && this.rebuilding.today === this.settings.today()) return;
    if (this.sentVersion !== newest.graphVersion) this.load(newest);
    this.running = true;
    this.post({ type: 'analyse', today: this.settings.today() });
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'results':
        this.restarts = 0;
        this.running = false;
        this.rebuild(message.results);
        // The worker goes on with the next version while the API rebuilds these.
        this.kick();
        return;
      case 'needs-load':
        this.running = false;
        this.sentVersion = null;
        this.kick();
        return;
      case 'failed':
        this.running = false;
        this.logger.error({ error: message.message }, 'the analysis failed');
        this.fail(new Error('the analysis failed'));
        return;
      default: {
        const never: never = message;
        throw new Error(`unknown message ${JSON.stringify(never)}`);
      }
    }
  }

  /** Rebuilds arrived results one chunk per turn of the event loop, then makes them the latest. */
  private rebuild(wire: WireResults): void {
    const arrival = ++this.arrivals;
    this.rebuilding = { graphVersion: wire.head.graphVersion, today: wire.head.today };
    const steps = decoder(wire, (id) => this.newest?.node(id));
    const next = () => {
      if (arrival !== this.arrivals || this.closed) return;
      const results = steps.step();
      if (!results) {
        setImmediate(next);
        return;
      }
      this.last = results;
      this.rebuilding = null;
      for (const w of this.waiters.splice(0)) w.resolve();
      this.kick();
    };
    next();
  }

  private fail(error: Error): void {
    this.running = false;
    for (const w of this.waiters.splice(0)) w.reject(error);
  }

  async latest(snapshot: MapSnapshot): Promise<LatestAnalysis> {
    if (!this.newest || this.newest.graphVersion < snapshot.graphVersion) this.newest = snapshot;
    for (;;) {
      const upToDate = this.isFresh(this.last, snapshot.graphVersion);
      if (!upToDate) this.kick();
      // The first answer after start-up waits for the map as it is (once); later ones never wait.
      const waitOnce = !this.served && !upToDate && (this.last?.analysis.graphVersion ?? -1) < snapshot.graphVersion;
      if (this.last && !waitOnce) {
        this.served = true;
        return { results: this.last, upToDate, mapGraphVersion: snapshot.graphVersion };
      }
      await new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
  }

  /** Resolves once the results of the newest graph version are in (for tests and the benchmark). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.settledWaiters.push(resolve);
      this.kick();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    this.fail(new Error('the analysis is closed'));
    await this.worker.terminate();
  }
}
