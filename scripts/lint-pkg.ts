/**
 * `npm run lint:pkg`: publint and are-the-types-wrong on the packed package. It packs into a temp dir
 * and hands both tools the tarball, because `attw --pack .` packs into the repository root and then
 * deletes `reckon-<version>.tgz` there, even one the user made and kept.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packInto, root } from './pack';

const dir = mkdtempSync(join(tmpdir(), 'reckon-lint-pkg-'));
try {
  const tarball = packInto(dir);
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  execFileSync(bin('publint'), [tarball], { stdio: 'inherit' });
  // Subpath exports need the node16 profile: node10 cannot resolve them (README, Install).
  execFileSync(bin('attw'), [tarball, '--profile', 'node16'], { stdio: 'inherit' });
} catch {
  // The tool has printed what is wrong.
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
