// Loads the TypeScript walk runner in a worker thread: tsx's loader must be registered first.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
