// What other capabilities may import from scripts/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './scripts.module';
export * from './scripts.service';
export * from './script.entity';
