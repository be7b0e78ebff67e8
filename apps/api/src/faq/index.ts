// What other capabilities may import from faq/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './faq.module';
export * from './faq-item.entity';
export * from './faq.service';
