// What other capabilities may import from contracts/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './contracts.module';
export * from './contracts.service';
export * from './contract-options.service';
export * from './contract.entity';
export * from './plan-today';
