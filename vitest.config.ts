import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Subprocess and property tests take a few seconds alone, many times that on a busy 2-core machine:
    // a timeout is a hang detector here, never a speed target (those live in bench/).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // Type tests: test/types/*.test-d.ts are type-checked (not run) on every `vitest run`.
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
