import { Global, Module } from '@nestjs/common';
import { FileStore, LocalFileStore } from './file-store';

/** Where files (PDFs, recordings, faxes) are kept, for every capability. */
@Global()
@Module({ providers: [{ provide: FileStore, useClass: LocalFileStore }], exports: [FileStore] })
export class StorageModule {}
