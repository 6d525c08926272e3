import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { PriceType } from '../pricing/price-type.entity';
import { CreatedAt } from '../../common/database/columns';
import { StaffUser } from '../identity/staff-user.entity';
import { LegalEntity } from './legal-entity.entity';

export type CompanyStatus = 'pending' | 'active' | 'blocked';
export const COMPANY_STATUSES: readonly CompanyStatus[] = ['pending', 'active', 'blocked'];

/** A client account: the tenant. Everything a buyer sees is scoped to one. */
@Entity()
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Only `active` companies' users may log in; blocking ends their sessions at once. */
  @Index()
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: CompanyStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  blockedReason: string | null;

  /** The personal manager (a sales manager); sales managers see only the companies they manage. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'SET NULL' })
  @JoinColumn()
  manager?: Relation<StaffUser>;

  /** Staff-only notes; no shop type carries this field. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The key of the accounting system (1C, ERP) for bulk upserts. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @OneToMany(() => LegalEntity, (le) => le.company)
  legalEntities?: Relation<LegalEntity[]>;

  /** The base price type of its prices (contract → legal entity → company → the default type). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  basePriceTypeId: string | null;

  @ManyToOne(() => PriceType, { onDelete: 'SET NULL' })
  @JoinColumn()
  basePriceType?: Relation<PriceType>;

  @CreatedAt()
  createdAt: Date;

  /** Millisecond precision, so the change cursor (a JS Date) holds it exactly. */
  @Index()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
