// What other capabilities may import from plans/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './plans.module';
export * from './plans.service';
export * from './plan.entity';
export * from './plan.loaders';
