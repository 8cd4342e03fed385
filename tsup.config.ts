import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    vitest: 'src/vitest/index.ts',
    'datasets/nscale-2025-09': 'src/datasets/nscale-2025-09/index.ts',
    'datasets/uk-tech-2025-09': 'src/datasets/uk-tech-2025-09/index.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  splitting: true,
});
