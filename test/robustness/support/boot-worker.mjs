// Starts a fuzz worker: registers tsx so the worker can import the TypeScript sources, then loads
// the worker module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
