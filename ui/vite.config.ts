import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Absolute paths without Node's `path`/`url` modules (the UI's tsconfig carries browser types only).
const fromHere = (relative: string): string => decodeURIComponent(new URL(relative, import.meta.url).pathname);

const root = fromHere('.');
const api = 'http://127.0.0.1:4000';
const proxy = {
  '/graphql': { target: api, changeOrigin: false },
  '/healthz': { target: api, changeOrigin: false },
};

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  // ES module workers may split: the layout worker loads fcose only when a seen picture is refined.
  worker: { format: 'es' },
  build: {
    outDir: fromHere('./dist'),
    emptyOutDir: true,
    // GraphiQL (CodeMirror, the GraphQL language service) is one large chunk by nature; the app page stays small.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: fromHere('./index.html'),
        graphiql: fromHere('./graphiql.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL's react-compiler-runtime opens with "use no memo"; dropping it in a bundle is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('react-compiler-runtime') === true) return;
        warn(warning);
      },
    },
  },
  test: {
    root,
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
