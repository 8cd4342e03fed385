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
  },
});
