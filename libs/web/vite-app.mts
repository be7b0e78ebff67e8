import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const fromRoot = (...segments: string[]): string => resolve(workspaceRoot, ...segments);

export interface DengonViteOptions {
  /** Folder under apps/, also the name of its output folder under dist/apps/. */
  app: string;
  /** Where apps/api serves the build, e.g. '/console/'. */
  base: string;
  /** Dev server port; each app gets its own so both can run at once. */
  port: number;
}

/** The Vite config both front ends share; they differ only in these options. */
export function dengonViteConfig({ app, base, port }: DengonViteOptions): UserConfig {
  return defineConfig({
    root: fromRoot('apps', app),
    base,
    plugins: [react()],
    // Same target as the tsconfig.base.json path mapping, without a resolver plugin.
    resolve: {
      alias: {
        '@dengon/web': fromRoot('libs/web/src/index.ts'),
        '@dengon/web-console': fromRoot('libs/web-console/src/index.ts'),
        '@dengon/web-portal': fromRoot('libs/web-portal/src/index.ts'),
        '@dengon/domain': fromRoot('libs/domain/src/index.ts'),
      },
    },
    server: {
      port,
      strictPort: true,
      proxy: { '/graphql': { target: 'http://localhost:3000', ws: true } },
    },
    build: {
      outDir: fromRoot('dist/apps', app),
      emptyOutDir: true,
      // No manual chunk groups: a group holds a library whole, so the first load would carry
      // what only later screens use. Each lazily loaded screen gets its own chunks instead.
    },
  });
}
