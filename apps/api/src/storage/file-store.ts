import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface StoredFile {
  key: string;
  sha256: string;
  bytes: number;
}

/**
 * Where rendered documents (dispatch sheets, invoices) are kept, written once
 * and read back as they were: an interface, so a bucket can replace the disk.
 */
export abstract class FileStore {
  abstract put(key: string, content: Buffer): Promise<StoredFile>;
  abstract get(key: string): Promise<Buffer>;
  /** Removes a file at the end of its retention; a missing one is already gone. */
  abstract delete(key: string): Promise<void>;
}

/** Files under DATA_DIR/files. */
@Injectable()
export class LocalFileStore extends FileStore {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = join(config.dataDir, 'files');
  }

  async put(key: string, content: Buffer): Promise<StoredFile> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // 'wx': a key is written once; a second write of the same key is a bug.
    await writeFile(path, content, { flag: 'wx' });
    return {
      key,
      sha256: createHash('sha256').update(content).digest('hex'),
      bytes: content.length,
    };
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  delete(key: string): Promise<void> {
    return rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    const path = normalize(join(this.root, key));
    if (!path.startsWith(this.root + '/')) throw new Error(`bad file key: ${key}`);
    return path;
  }
}
