import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

/** A client company: the tenant whose calls, users and invoices are its own. */
@ObjectType()
@Entity({ name: 'client_companies' })
export class ClientCompany {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  name!: string;

  @Field()
  @Column()
  nameKana!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
