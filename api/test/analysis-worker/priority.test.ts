/** The analysis thread runs below the API's thread, and the helper threads it starts inherit that. */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_NICE_STEP, threadId } from '../../src/analysis/worker/priority.js';

const niceOf = (tid: number) => Number(readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
const linux = process.platform === 'linux';

describe.runIf(linux)('the analysis thread priority', () => {
  it('lowers the priority of the calling thread only, and a thread it starts inherits it', async () => {
    const mainTid = threadId()!;
    const before = niceOf(mainTid);
    const source = `
      const { parentPort } = require('node:worker_threads');
      const { readlinkSync } = require('node:fs');
      import(${JSON.stringify(new URL('../../src/analysis/worker/priority.ts', import.meta.url).href)}).then(async (m) => {
        const nice = m.lowerThisThreadsPriority();
        const { Worker } = require('node:worker_threads');
        // The child reads its own nice value (field 19 of its stat line) while it runs.
        const child = new Worker("require('node:worker_threads').parentPort.postMessage(Number(require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')[16]))", { eval: true });
        child.once('message', (childNice) => { parentPort.postMessage({ tid: m.threadId(), nice, childNice }); child.terminate(); });
      });`;
    const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); ${source} });`, { eval: true });
    const { tid, nice, childNice } = await new Promise<{ tid: number; nice: number; childNice: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(tid).not.toBe(mainTid);
    expect(nice).toBe(Math.min(19, before + ANALYSIS_NICE_STEP));
    expect(childNice).toBe(nice);
    expect(niceOf(mainTid)).toBe(before); // the API's thread keeps its priority
  });
});
