/** Writes the files shipped beside the bundles: the dataset's JSON and the dataset JSON Schema. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/schema/index';

const dist = new URL('../dist/', import.meta.url);
mkdirSync(new URL('datasets/', dist), { recursive: true });
copyFileSync(
  new URL('../src/datasets/nscale-2025-09/nscale-2025-09.json', import.meta.url),
  new URL('datasets/nscale-2025-09.json', dist),
);
writeFileSync(new URL('dataset.schema.json', dist), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote dist/datasets/nscale-2025-09.json and dist/dataset.schema.json');
