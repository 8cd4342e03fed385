import { execFileSync } from 'node:child_process';

/** The CLI tests run the built binary: build it once before the suite. */
export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe', cwd: new URL('..', import.meta.url) });
}
