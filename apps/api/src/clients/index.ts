// What other capabilities may import from clients/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './clients.module';
export * from './client-company.entity';
export * from './client.loaders';
export * from './clients.service';
