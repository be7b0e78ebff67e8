// The shared config lives beside the shared UI, so both front ends build alike. Build-time
// code: the @dengon/web path mapping is for the browser bundle and Vite's config loader ignores it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dengonViteConfig } from '../../libs/web/vite-app.mts';

export default dengonViteConfig({ app: 'client-portal', base: '/portal/', port: 5174 });
