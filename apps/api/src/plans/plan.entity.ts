import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CreatedAt } from '../database/columns';

/** A plan of the catalogue (料金プラン). Its prices are versions in PlanPrice. */
@ObjectType()
@Entity({ name: 'plans' })
export class Plan {
  @Field(() => ID, { description: 'e.g. START, STANDARD, NEXT, MAINTENANCE' })
  @PrimaryColumn()
  code!: string;

  @Field()
  @Column()
  nameJa!: string;

  @Field()
  @Column()
  nameEn!: string;

  @Field()
  @Column({ default: '' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Enabled FAQ items allowed; null = unlimited' })
  @Column({ type: 'int', nullable: true })
  faqLimit!: number | null;

  @Field()
  @Column()
  extraFieldsAllowed!: boolean;

  @Field()
  @Column()
  dispatchIncluded!: boolean;

  @Field()
  @Column()
  emailHandling!: boolean;

  @Column({ type: 'int' })
  sortOrder!: number;
}

/** One price version, for periods starting on or after effectiveFrom. Never edited: a change is a new version. */
@ObjectType()
@Entity({ name: 'plan_prices' })
@Index('plan_prices_plan_code_effective_from_key', ['planCode', 'effectiveFrom'], { unique: true })
export class PlanPriceVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  planCode!: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_code' })
  plan?: Plan;

  @Field({ description: "'YYYY-MM-DD'" })
  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => Int, { description: 'Yen per month, excluding tax' })
  @Column({ type: 'int' })
  monthlyFee!: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  includedCalls!: number;

  @Field(() => Int, { description: 'Yen per call over the included count, excluding tax' })
  @Column({ type: 'int' })
  overagePerCall!: number;

  @Field(() => Int, { description: 'Mails and faxes handled each month without charge' })
  @Column({ type: 'int', default: 0 })
  includedMails!: number;

  @Field(() => Int, {
    description:
      'Yen per mail over the included count, excluding tax; 0: mail is not billed apart and counts as a call',
  })
  @Column({ type: 'int', default: 0 })
  overagePerMail!: number;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
