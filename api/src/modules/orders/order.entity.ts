import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, DecimalColumn } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { decimalTransformer } from '../../common/money/decimal.transformer';
import { Product } from '../catalog/product.entity';
import { Company } from '../companies/company.entity';
import { Contract } from '../companies/contract.entity';
import { BuyerUser } from '../identity/buyer-user.entity';
import { Warehouse } from '../inventory/warehouse.entity';
import type { StoredApprovalReason } from './order-limits';
import type { OrderStatus } from './order-status';

/** A seller's legal entity: who invoices a sub-order. */
@Entity()
export class SellerLegalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  inn: string | null;

  @CreatedAt()
  createdAt: Date;
}

/** A seller division (direction): handles the sub-orders of its categories. */
@Entity()
export class SellerDivision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  sellerLegalEntityId: string | null;

  @ManyToOne(() => SellerLegalEntity, { onDelete: 'SET NULL' })
  @JoinColumn()
  sellerLegalEntity?: Relation<SellerLegalEntity>;

  @CreatedAt()
  createdAt: Date;
}

export type SplitRuleKind = 'warehouse' | 'category' | 'sellerLegalEntity';

/** A staff-defined split rule; `position` orders them (see split-rules.ts). */
@Entity('split_rule')
export class SplitRuleRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  kind: SplitRuleKind;

  @Column({ type: 'varchar', length: 200, default: '' })
  name: string;

  @Column({ type: 'uuid', array: true, nullable: true })
  warehouseIds: string[] | null;

  @Column({ type: 'uuid', array: true, nullable: true })
  categoryIds: string[] | null;

  @Column({ type: 'uuid', array: true, nullable: true })
  divisionIds: string[] | null;

  @Column({ type: 'uuid', nullable: true })
  divisionId: string | null;

  @ManyToOne(() => SellerDivision, { onDelete: 'CASCADE' })
  @JoinColumn()
  division?: Relation<SellerDivision>;

  @Column({ type: 'uuid', nullable: true })
  sellerLegalEntityId: string | null;

  @ManyToOne(() => SellerLegalEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  sellerLegalEntity?: Relation<SellerLegalEntity>;

  @Column({ default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;
}

/** Yearly counter of submission numbers (2026-000123). */
@Entity()
export class OrderNumberSequence {
  @Column({ type: 'int', primary: true })
  year: number;

  @Column({ type: 'int', default: 0 })
  last: number;
}

/**
 * What the buyer submitted at checkout: one number, its sub-orders (sales_order) carry the lifecycle.
 * `idempotencyKey` makes a double submit return the first submission.
 */
@Entity()
@Index(['buyerUserId', 'idempotencyKey'], { unique: true })
@Index(['companyId', 'createdAt'])
@Index(['approvalStatus', 'createdAt'])
export class OrderSubmission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Relation<Company>;

  @Column({ type: 'uuid' })
  legalEntityId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => Contract)
  @JoinColumn()
  contract?: Relation<Contract>;

  @Column({ type: 'uuid' })
  buyerUserId: string;

  @ManyToOne(() => BuyerUser)
  @JoinColumn()
  buyerUser?: Relation<BuyerUser>;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  @Column({ type: 'uuid', nullable: true })
  deliveryAddressId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  deliveryAddressText: string | null;

  @Column({ type: 'uuid', nullable: true })
  pickupWarehouseId: string | null;

  @Column({ type: 'date', nullable: true })
  desiredDate: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  poNumber: string | null;

  @Column({ type: 'varchar', length: 3, default: 'RUB' })
  currency: string;

  @DecimalColumn('amount')
  total: Dec;

  @DecimalColumn('amount')
  vatTotal: Dec;

  /**
   * PENDING while a director decides, then APPROVED / REJECTED, or EXPIRED when nobody decided in
   * time (cancelled by the approval-timeout job); NOT_REQUIRED within the limits.
   */
  @Column({ type: 'varchar', length: 16, default: 'NOT_REQUIRED' })
  approvalStatus: 'NOT_REQUIRED' | 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED';

  /** Why it waited for approval: the limits it broke, with the figures (order-limits.ts). */
  @Column({ type: 'jsonb', nullable: true })
  approvalReasons: StoredApprovalReason[] | null;

  @Column({ type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  approvalComment: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}

/** A sub-order: what one warehouse ships, one division handles and one legal entity invoices. */
@Entity()
@Index(['companyId', 'createdAt'])
@Index(['status', 'createdAt'])
@Index(['updatedAt', 'id'])
export class SalesOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 24 })
  number: string;

  @Index()
  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => OrderSubmission, { onDelete: 'CASCADE' })
  @JoinColumn()
  submission?: Relation<OrderSubmission>;

  @Column({ type: 'int' })
  index: number;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  buyerUserId: string;

  @Column({ type: 'varchar', length: 20 })
  status: OrderStatus;

  @Column({ type: 'uuid', nullable: true })
  warehouseId: string | null;

  @ManyToOne(() => Warehouse, { onDelete: 'SET NULL' })
  @JoinColumn()
  warehouse?: Relation<Warehouse>;

  @Column({ type: 'uuid', nullable: true })
  divisionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sellerLegalEntityId: string | null;

  /** Goods are held for the order (from placement until shipping, cancel or rejection). */
  @Column({ default: true })
  stockReserved: boolean;

  @DecimalColumn('amount')
  total: Dec;

  @DecimalColumn('amount')
  vatTotal: Dec;

  @Column({ type: 'int' })
  lineCount: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** A line of a sub-order, priced and allocated to one warehouse at placement. */
@Entity()
@Index(['orderId', 'position'])
export class SalesOrderLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => SalesOrder, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<SalesOrder>;

  @Column({ type: 'int' })
  position: number;

  @Index()
  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product)
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'varchar', length: 64 })
  sku: string;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  unitCode: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  packagingCode: string | null;

  @DecimalColumn('quantity')
  quantity: Dec;

  @DecimalColumn('quantity')
  baseQuantity: Dec;

  @Column({ type: 'uuid', nullable: true })
  warehouseId: string | null;

  /** Per base unit, VAT included. */
  @DecimalColumn('price')
  price: Dec;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimalTransformer })
  vatRate: Dec | null;

  @DecimalColumn('amount')
  amount: Dec;

  @DecimalColumn('amount')
  vatAmount: Dec;
}

/** Who changed a sub-order's status, when, and why (the buyer sees it). */
@Entity()
@Index(['orderId', 'createdAt'])
export class SalesOrderEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => SalesOrder, { onDelete: 'CASCADE' })
  @JoinColumn()
  order?: Relation<SalesOrder>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: OrderStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: OrderStatus;

  @Column({ type: 'varchar', length: 12 })
  actorKind: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  actorName: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @CreatedAt()
  createdAt: Date;
}

/** In-app notice for a buyer (an order waiting for his approval, a decision on his order). */
@Entity()
@Index(['buyerUserId', 'createdAt'])
export class BuyerNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  buyerUserId: string;

  @ManyToOne(() => BuyerUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  buyerUser?: Relation<BuyerUser>;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
