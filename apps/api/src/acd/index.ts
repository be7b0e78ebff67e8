// What other capabilities may import from acd/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './acd.module';
export * from './acd.service';
export * from './acd-views.service';
export * from './acd.entities';
export * from './presence.service';
