// What other capabilities may import from voice/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './voice.module';
export * from './call-recording.entity';
