import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';
import { Company } from './company.entity';

/** A group of contractors («Дилеры», «Крупный опт»); price rules target groups by id. */
@Entity()
export class ContractorGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** Company × group (many-to-many). */
@Entity()
export class CompanyContractorGroup {
  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  contractorGroupId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Relation<Company>;

  @ManyToOne(() => ContractorGroup, { onDelete: 'CASCADE' })
  @JoinColumn()
  contractorGroup?: Relation<ContractorGroup>;
}
