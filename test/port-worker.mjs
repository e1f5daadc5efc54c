// A worker for test/memory.test.ts: takes a port per task as the batch worker does, and counts
// how many of those ports the garbage collector has freed.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
let made = 0;
let freed = 0;
const registry = new FinalizationRegistry(() => freed++);

export default function ({ port }) {
  registry.register(port, 0);
  made++;
  port.postMessage({ done: true });
  gc();
  return { made, freed };
}
