import { ALL_ROLES, type Permission, permissionsOf, Role } from '@dengon/domain';
import { PermissionEnum, RoleEnum } from '../common/role.graphql';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A person who signs in. Exposed to GraphQL directly: only columns marked
 * @Field are visible, and the password hash and lock counters never are.
 */
@ObjectType()
@Entity({ name: 'users' })
@Check(
  'users_company_matches_role',
  `(role IN ('CLIENT_ADMIN', 'CLIENT_MEMBER')) = (client_company_id IS NOT NULL)`,
)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique across Dengon. */
  @Field()
  @Index('users_email_key', { unique: true })
  @Column()
  email!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => RoleEnum)
  @Column({ type: 'enum', enum: ALL_ROLES, enumName: 'user_role' })
  role!: Role;

  @Index('users_client_company_id_idx')
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @Field(() => ClientCompany, { nullable: true })
  @ManyToOne(() => ClientCompany, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 5, default: 'ja' })
  locale!: Locale;

  @Column()
  passwordHash!: string;

  @Field(() => [PermissionEnum], {
    description: 'What the back office granted beyond the role (grantable by role only)',
  })
  @Column({ type: 'varchar', array: true, default: '{}' })
  grantedPermissions!: Permission[];

  @Field(() => [PermissionEnum], {
    description: "Everything the user may do: the role's and the granted",
  })
  get permissions(): Permission[] {
    return permissionsOf(this);
  }

  @Field({ description: 'A deactivated user cannot sign in; their sessions end at once' })
  @Column({ default: true })
  active!: boolean;

  /**
   * Bumped when what a session may do changes (role, grants, deactivation,
   * password, sign-out): access tokens carry it, and one with an older number is refused.
   */
  @Column({ type: 'int', default: 1 })
  sessionVersion!: number;

  /** The TOTP key, sealed (common/sealed.ts); set once the user confirmed a code from it. */
  @Column({ type: 'text', nullable: true })
  totpSecret!: string | null;

  /** A key shown for setup and not yet confirmed, sealed. */
  @Column({ type: 'text', nullable: true })
  totpPendingSecret!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When two-factor sign-in (TOTP) was turned on; null when it is off',
  })
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The time step of the last code accepted: a code is never accepted twice. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  totpLastStep!: number | null;

  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
