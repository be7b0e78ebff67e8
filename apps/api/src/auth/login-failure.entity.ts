import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

/** A failed sign-in, kept for the per-address limit (per-account locks live on the user). */
@Entity({ name: 'login_failures' })
@Index('login_failures_address_created_at_idx', ['address', 'createdAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column()
  address!: string;

  @Column()
  email!: string;

  @CreatedAt()
  createdAt!: Date;
}
