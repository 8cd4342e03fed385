/**
 * Finishes `dist/` after tsup: writes the files shipped beside the bundles (the datasets' JSON and the
 * dataset JSON Schema) and makes the CommonJS declarations loadable by `module: node16` projects.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { datasetJSONSchemaDocument } from '../src/schema/index';

const dist = new URL('../dist/', import.meta.url);
mkdirSync(new URL('datasets/', dist), { recursive: true });
for (const name of ['nscale-2025-09', 'uk-tech-2025-09']) {
  copyFileSync(
    new URL(`../src/datasets/${name}/${name}.json`, import.meta.url),
    new URL(`datasets/${name}.json`, dist),
  );
}
writeFileSync(
  new URL('dataset.schema.json', dist),
  `${JSON.stringify(datasetJSONSchemaDocument(), null, 2)}\n`,
);
console.log('wrote dist/datasets/{nscale,uk-tech}-2025-09.json and dist/dataset.schema.json');

/**
 * dinero.js is ESM-only, so a `.d.cts` that imports it fails with TS1479 in a CommonJS project
 * (`module: node16`). reckon's types only need dinero's types, and a type-only import with
 * `resolution-mode: 'import'` is TypeScript's way (5.3+) to name an ES module's types from CommonJS:
 * `Money` stays dinero's own `Dinero<bigint>`. tsup keeps dependencies external and has no way to
 * write the attribute, so it is added here; a bare `import 'dinero.js/…'` (left where a chunk's import
 * was tree-shaken) carries no types and is dropped. Any other form fails the build rather than ship
 * declarations that break CommonJS users.
 */
const NAMED = /^import \{ ([\w, ]+) \} from '(dinero\.js(?:\/[\w/]+)?)';$/gm;
const BARE = /^import '(dinero\.js(?:\/[\w/]+)?)';\n/gm;
const declarations = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.d.cts'),
);
let rewritten = 0;
for (const file of declarations) {
  const url = new URL(file, dist);
  const before = readFileSync(url, 'utf8');
  const after = before
    .replace(NAMED, "import type { $1 } from '$2' with { 'resolution-mode': 'import' };")
    .replace(BARE, '');
  const left = after
    .split('\n')
    .filter(
      (line) => /from 'dinero\.js|import 'dinero\.js/.test(line) && !line.includes("'resolution-mode'"),
    );
  if (left.length > 0)
    throw new Error(`dist/${file}: an import of dinero.js this script does not handle:\n${left.join('\n')}`);
  if (after !== before) {
    writeFileSync(url, after);
    rewritten++;
  }
}
console.log(
  `made ${rewritten} of ${declarations.length} .d.cts files import dinero.js types with resolution-mode 'import'`,
);
