// What other capabilities may import from callers/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './callers.module';
export * from './caller-mark.entity';
