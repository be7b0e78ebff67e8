import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { User } from './user.entity';

/** A password reset link sent by e-mail: only its token's SHA-256 is kept; used once, until it expires. */
@Entity({ name: 'password_reset_links' })
@Index('password_reset_links_user_id_created_at_idx', ['userId', 'createdAt'])
export class PasswordResetLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'password_reset_links_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'password_reset_links_user_fkey' })
  user?: User;

  @Index('password_reset_links_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
