import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium (WebGL on SwiftShader) against the built site served on 127.0.0.1.
// See test/README.md.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // one browser at a time: SwiftShader is CPU-bound and CI has 2 cores
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // build + server start happen in globalSetup, which has no timeout of its own
  },
});
