import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { PriceType } from '../pricing/price-type.entity';
import { CreatedAt, DecimalColumn } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { LegalEntity } from './legal-entity.entity';

export type PaymentTerms = 'PREPAYMENT' | 'DEFERRAL';
export type ContractStatus = 'active' | 'suspended' | 'closed';

/**
 * A contract (договор) of a legal entity: the terms buying happens under. One per legal entity is
 * the default; the buyer's session carries the active one (it follows the legal entity).
 */
@Entity()
@Index(['legalEntityId', 'number'], { unique: true })
@Index('contract_one_default', ['legalEntityId'], { unique: true, where: 'is_default' })
@Check('contract_deferral', `(payment_terms = 'DEFERRAL') = (deferral_days IS NOT NULL)`)
export class Contract {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  legalEntityId: string;

  @ManyToOne(() => LegalEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  legalEntity?: Relation<LegalEntity>;

  @Column({ type: 'varchar', length: 100 })
  number: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 3, default: 'RUB' })
  currency: string;

  @Column({ type: 'varchar', length: 16, default: 'PREPAYMENT' })
  paymentTerms: PaymentTerms;

  @Column({ type: 'int', nullable: true })
  deferralDays: number | null;

  /** Enforced at checkout by the finance feature; 0 means no credit. */
  @DecimalColumn('amount', { default: 0 })
  creditLimit: Dec;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: ContractStatus;

  @Column({ default: false })
  isDefault: boolean;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

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
