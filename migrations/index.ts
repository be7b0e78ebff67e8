import { Foundation1795318328643 } from './1795318328643-Foundation';

/** Every migration in order; the only way the schema changes. */
export const migrations = [Foundation1795318328643];
