/**
 * Builds the playground (docs/playground/index.html + playground.ts) into ONE self-contained HTML file:
 * reckon's source bundled by esbuild for the browser and inlined, no external script, style or font.
 *
 *   npm run playground            → docs/playground/playground.html (not committed: build it to open it)
 *   tsx scripts/build-playground.ts <outfile>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PLAYGROUND_HTML = resolve(root, 'docs/playground/playground.html');
const MARKER = '<!-- reckon:script -->';

/** Bundles the playground and writes the page; returns its path. */
export async function buildPlayground(outfile = PLAYGROUND_HTML): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, 'docs/playground/playground.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text ?? '';
  // "</script" inside the code would end the inline script: written as "<\/script", the same in JS.
  const script = `<script>${js.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const template = readFileSync(resolve(root, 'docs/playground/index.html'), 'utf8');
  if (!template.includes(MARKER)) throw new Error(`docs/playground/index.html has no ${MARKER}`);
  writeFileSync(
    outfile,
    template.replace(MARKER, () => script),
  );
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = await buildPlayground(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  console.log(`wrote ${out}`);
}
