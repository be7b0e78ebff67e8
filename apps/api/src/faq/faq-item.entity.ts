import { ClientCompany } from '../clients/client-company.entity';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

/** A question and answer operators read out (よくある質問). */
@ObjectType()
@Entity({ name: 'faq_items' })
@Index('faq_items_client_company_id_sort_order_idx', ['clientCompanyId', 'sortOrder'])
export class FaqItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field()
  @Column()
  question!: string;

  @Field()
  @Column()
  answer!: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Field()
  @Column({ default: true })
  enabled!: boolean;

  /** Normalised question, answer and tags: the substring a search confirms. */
  @Column({ type: 'text' })
  searchText!: string;

  /** Character bigrams of searchText, GIN-indexed (see libs/domain faq/search.ts). */
  @Index('faq_items_search_bigrams_idx', { synchronize: false })
  @Column({ type: 'text', array: true })
  searchBigrams!: string[];

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
