#!/usr/bin/env node
/**
 * A throw-away Neo4j 5 Community server for tests and benchmarks, fetched from Maven Central.
 *
 *   node scripts/neo4j/neo4j-server.mjs            start one, print NEO4J_URI/USER/PASSWORD, stop on Ctrl-C
 *   node scripts/neo4j/neo4j-server.mjs --prepare  only fetch and build (CI warms its caches with this)
 *
 * The Maven project beside this file (pom.xml, the launcher in src/main/java) is built once;
 * its jars stay in ~/.m2 and the launcher in scripts/neo4j/target/, rebuilt when pom.xml or the
 * launcher changes. The server listens on a free loopback port, keeps its data in a fresh
 * temporary folder, has authentication on (user neo4j, a random password per start) and the
 * project's schema (cypher/schema/neo4j.cypher) applied. It stops — and its folder is deleted —
 * when stop() is called or when this process ends (the launcher exits when its stdin closes).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const TARGET = join(HERE, 'target');
const JAR = join(TARGET, 'neo4j-launcher.jar');
const CLASSPATH = join(TARGET, 'classpath.txt');
const SOURCES = [join(HERE, 'pom.xml'), join(HERE, 'src/main/java/aktorskartan/Neo4jLauncher.java')];
export const SCHEMA = fileURLToPath(new URL('../../cypher/schema/neo4j.cypher', import.meta.url));

/** The Neo4j version the launcher runs (the pom's neo4j.version). */
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(join(HERE, 'pom.xml'), 'utf8'))?.[1] ?? 'unknown';

const JAVA = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';
const JVM_FLAGS = [
  '-Xms256m', '-Xmx1g', '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow',
  // What Neo4j's own start script opens on Java 17, so Netty and the page cache use their fast paths.
  '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/** The Java major version on the PATH (or JAVA_HOME), or null when there is none. */
export function javaMajorVersion() {
  const result = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return null;
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function built() {
  if (!existsSync(JAR) || !existsSync(CLASSPATH)) return false;
  const builtAt = Math.min(statSync(JAR).mtimeMs, statSync(CLASSPATH).mtimeMs);
  if (SOURCES.some((file) => statSync(file).mtimeMs > builtAt)) return false;
  // ~/.m2 may have been emptied since.
  return readFileSync(CLASSPATH, 'utf8').trim().split(':').every((jar) => existsSync(jar));
}

/** Why a Neo4j server cannot be started here, or null when it can (after a build, if needed). */
export function whyUnavailable() {
  const java = javaMajorVersion();
  if (java === null) return `no Java (${JAVA}): install Java 17 or later (apt-get install openjdk-17-jre-headless)`;
  if (java < 17) return `Java ${java} found; Neo4j ${NEO4J_VERSION} needs Java 17 or later`;
  if (built()) return null;
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).status !== 0) return 'no Maven (mvn) to fetch Neo4j from Maven Central: apt-get install maven';
  const javac = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin', 'javac') : 'javac';
  if (spawnSync(javac, ['-version'], { encoding: 'utf8' }).status !== 0) return 'no Java compiler (javac) to build the launcher: apt-get install openjdk-17-jdk-headless';
  return null;
}

/** Fetches Neo4j from Maven Central and builds the launcher, unless that was done already. */
export function prepare(log = (line) => process.stderr.write(`${line}\n`)) {
  if (built()) return;
  log(`neo4j: fetching Neo4j ${NEO4J_VERSION} from Maven Central and building the launcher (once; cached in ~/.m2 and ${TARGET})`);
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(HERE, 'pom.xml'), 'package'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`neo4j: the Maven build failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
}

/**
 * Starts a server and resolves when it accepts Bolt connections:
 * { uri, user, password, database, version, startMs, stop() }.
 */
export async function startNeo4j({ log } = {}) {
  prepare(log);
  const password = `test-${randomBytes(12).toString('hex')}`;
  const classpath = `${JAR}:${readFileSync(CLASSPATH, 'utf8').trim()}`;
  const started = performance.now();
  const child = spawn(JAVA, [...JVM_FLAGS, '-cp', classpath, 'aktorskartan.Neo4jLauncher', '--password', password, '--schema', SCHEMA], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-8000);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const uri = await new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      const match = /^NEO4J_URI=(\S+)$/m.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.once('error', reject);
    exited.then(({ code, signal }) => reject(new Error(`neo4j: the launcher ended before it was ready (exit ${code ?? signal}):\n${stderr}`)));
  });
  const startMs = performance.now() - started;
  let stopping = null;
  return {
    uri, user: 'neo4j', password, database: 'neo4j', version: NEO4J_VERSION, startMs,
    /** Stops the server and deletes its data; resolves when the process has ended. */
    stop() {
      stopping ??= (async () => {
        child.stdin.end();
        const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--prepare')) {
    const why = whyUnavailable();
    if (why) {
      process.stderr.write(`${why}\n`);
      process.exit(1);
    }
    prepare();
    process.stderr.write(`neo4j: Neo4j ${NEO4J_VERSION} is ready to start (${TARGET})\n`);
  } else {
    const server = await startNeo4j();
    process.stdout.write(`NEO4J_URI=${server.uri}\nNEO4J_USER=${server.user}\nNEO4J_PASSWORD=${server.password}\n`);
    process.stderr.write(`neo4j: Neo4j ${server.version} up in ${(server.startMs / 1000).toFixed(1)} s; Ctrl-C stops it and deletes its data\n`);
    const stop = () => server.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}
