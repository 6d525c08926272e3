import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { CreatedAt, DecimalColumn } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { Product } from '../catalog/product.entity';
import { Company } from '../companies/company.entity';
import { Contract } from '../companies/contract.entity';

export const SPECIAL_PRICE_STATUSES = [
  'PENDING',
  'COUNTER_OFFERED',
  'APPROVED',
  'ACCEPTED',
  'DECLINED',
  'REJECTED',
] as const;
export type SpecialPriceStatus = (typeof SPECIAL_PRICE_STATUSES)[number];

/**
 * A buyer's request for a better price on some products and quantities under his contract. Approving it
 * (or accepting a counter-offer) creates price rules scoped to the contract with `valid_to`; those rules
 * carry the request's id.
 */
@Entity()
@Index(['companyId', 'createdAt'])
@Index(['status', 'createdAt'])
export class SpecialPriceRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short number for people ("request 42"). */
  @Index({ unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  number: number;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Relation<Company>;

  @Index()
  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => Contract, { onDelete: 'CASCADE' })
  @JoinColumn()
  contract?: Relation<Contract>;

  @Column({ type: 'uuid' })
  buyerUserId: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: SpecialPriceStatus;

  @Column({ type: 'varchar', length: 2000, default: '' })
  comment: string;

  /** The manager's comment with an approval or a counter-offer. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  managerComment: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  rejectReason: string | null;

  /** The buyer's comment when declining a counter-offer. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  declineComment: string | null;

  /** The special prices hold until this instant (exclusive). */
  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByStaffId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One product of a request: quantity, the price asked for, the buyer's price then, the offer and the result. */
@Entity()
@Index(['requestId', 'position'])
export class SpecialPriceRequestLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => SpecialPriceRequest, { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: Relation<SpecialPriceRequest>;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** In base units; the special price applies from this quantity. */
  @DecimalColumn('quantity')
  quantity: Dec;

  @DecimalColumn('price')
  targetPrice: Dec;

  /** The buyer's personal price when he asked (per base unit, in the price type's VAT mode). */
  @DecimalColumn('price', { nullable: true })
  currentPrice: Dec | null;

  @DecimalColumn('price', { nullable: true })
  offeredPrice: Dec | null;

  /** The price that became a rule. */
  @DecimalColumn('price', { nullable: true })
  approvedPrice: Dec | null;
}
