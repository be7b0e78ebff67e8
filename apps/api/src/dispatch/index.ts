// What other capabilities may import from dispatch/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './dispatch.module';
