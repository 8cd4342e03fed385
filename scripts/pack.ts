/** Packs the package as `npm publish` would, into a directory of the caller's choosing. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `npm pack` into `dir` (never into the repository, where a user may keep a tarball of their own).
 *
 * @param dir - an existing directory, usually a fresh temp dir
 * @returns the tarball's absolute path
 */
export function packInto(dir: string): string {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(out) as { filename: string }[];
  if (!packed) throw new Error(`npm pack printed no tarball: ${out}`);
  return join(dir, packed.filename);
}
