import { graphqlEnum } from '../common/graphql-enum';
import { ClientCompany } from '../clients/client-company.entity';
import {
  INTAKE_FIELD_TYPES,
  type IntakeFieldType,
  SCRIPT_VARIANTS,
  type ScriptVariant,
} from '@dengon/domain';
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
import { CreatedAt, UpdatedAt } from '../database/columns';

export const IntakeFieldTypeEnum = graphqlEnum(INTAKE_FIELD_TYPES, 'IntakeFieldType');
export const ScriptVariantEnum = graphqlEnum(SCRIPT_VARIANTS, 'ScriptVariant');
const VARIANT_CHECK = `variant IN (${SCRIPT_VARIANTS.map((v) => `'${v}'`).join(', ')})`;

@ObjectType()
export class IntakeFieldType_ {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => IntakeFieldTypeEnum)
  type!: IntakeFieldType;

  @Field()
  required!: boolean;

  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field(() => [String], { nullable: true })
  options?: string[] | null;
}

/** What an operator works from (マニュアル): the same shape in a draft and in a published version. */
@ObjectType()
export class ScriptContent {
  @Field({ description: 'Greeting to read (応答文言), with {会社名} {挨拶} {オペレーター名}' })
  greeting!: string;

  @Field(() => [IntakeFieldType_])
  fields!: IntakeFieldType_[];

  @Field()
  specialInstructions!: string;

  @Field(() => [String], { description: 'Words in an intake that require phoning the client' })
  urgentKeywords!: string[];

  @Field()
  closingPhrase!: string;
}

/**
 * One of a client's scripts (the usual one, or the one for nights, days off
 * or 年末年始): the draft being edited, and the number of its latest
 * published version.
 */
@ObjectType()
@Entity({ name: 'scripts' })
@Index('scripts_client_company_id_variant_key', ['clientCompanyId', 'variant'], { unique: true })
@Check('scripts_variant_check', VARIANT_CHECK)
export class Script {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field(() => ScriptVariantEnum)
  @Column({ type: 'varchar', default: 'DEFAULT' })
  variant!: ScriptVariant;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => ScriptContent)
  @Column({ type: 'jsonb' })
  draft!: ScriptContent;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  publishedVersionNo!: number | null;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version of the draft, for concurrent edits' })
  @VersionColumn()
  version!: number;
}

/** A published script version: immutable (the database refuses changes); calls record the one they used. */
@ObjectType()
@Entity({ name: 'script_versions' })
@Index(
  'script_versions_client_variant_version_no_key',
  ['clientCompanyId', 'variant', 'versionNo'],
  { unique: true },
)
@Check('script_versions_variant_check', VARIANT_CHECK)
export class ScriptVersion extends ScriptContent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => ScriptVariantEnum)
  @Column({ type: 'varchar', default: 'DEFAULT' })
  variant!: ScriptVariant;

  @Field(() => Int, { description: "Numbered per variant: the night script's version 2" })
  @Column({ type: 'int' })
  versionNo!: number;

  @Column()
  declare greeting: string;

  @Column({ type: 'jsonb' })
  declare fields: IntakeFieldType_[];

  @Column()
  declare specialInstructions: string;

  @Column({ type: 'text', array: true })
  declare urgentKeywords: string[];

  @Column()
  declare closingPhrase: string;

  @Field()
  @CreatedAt()
  publishedAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;
}
