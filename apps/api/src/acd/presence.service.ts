import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { can, Permission } from '@dengon/domain';
import type { SessionUser } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Db } from '../database/db.service';

/**
 * Where operators' consoles are: each console keeps a live connection (its
 * subscriptions), and while one is open in this process its operator's
 * `last_seen_at` is renewed a few times per grace period. The ACD sweep takes
 * an available operator whose beats stopped offline (dengon_sweep), so calls
 * do not ring an empty seat after a closed tab, a sleeping laptop (the socket's
 * pings fail within ~24 s) or a lost network. Every API process beats for its
 * own sockets, so it holds with several replicas.
 */
@Injectable()
export class Presence implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Presence');
  private readonly open = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const grace = this.config.ACD_PRESENCE_GRACE_SECONDS;
    if (grace === 0) return;
    this.timer = setInterval(() => void this.beat(), Math.max(1000, (grace * 1000) / 3));
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /**
   * A user's live connection opened; the returned function is called when it
   * closes. Only call takers' consoles count: a portal user's socket costs no write.
   */
  opened(user: SessionUser): () => void {
    if (!can(user, Permission.TakeCalls)) return () => undefined;
    const userId = user.id;
    this.open.set(userId, (this.open.get(userId) ?? 0) + 1);
    void this.beat([userId]);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left > 0) this.open.set(userId, left);
      else this.open.delete(userId);
    };
  }

  /** Renews the last sign of life of the call takers connected to this process. */
  async beat(users: readonly string[] = [...this.open.keys()]): Promise<void> {
    if (users.length === 0) return;
    await this.db.dataSource
      .query('UPDATE operator_states SET last_seen_at = now() WHERE user_id = ANY($1)', [users])
      .catch((error: Error) => this.log.warn(`beat failed: ${error.message}`));
  }
}
