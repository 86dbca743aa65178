import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on the 2-core CI and development machines that is a
    // single worker, and the files ran one after the other. Many files wait on child processes, git and the file
    // system, so two workers use both cores. The ratio tests (hardening/adversarial-time) time both input sizes
    // under the same load, so a parallel neighbour does not change their verdict.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
