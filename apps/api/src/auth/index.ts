// What other capabilities may import from auth/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './auth.module';
export * from './user.entity';
export * from './refresh-token.entity';
export * from './passwords';
export * from './reset-links';
