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
import { CreatedAt, DecimalColumn, UpdatedAt } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { Product } from '../catalog/product.entity';
import { Warehouse } from './warehouse.entity';

/**
 * Stock of one product at one warehouse. `reserved` is the sum of active holds (reservations);
 * available = on_hand − reserved (+ holds already past their expiry that the job has not released yet).
 */
@Entity()
@Index(['warehouseId'])
export class StockLevel {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'uuid' })
  warehouseId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @ManyToOne(() => Warehouse, { onDelete: 'CASCADE' })
  @JoinColumn()
  warehouse?: Relation<Warehouse>;

  @DecimalColumn('quantity', { default: 0 })
  onHand: Dec;

  @DecimalColumn('quantity', { default: 0 })
  reserved: Dec;

  @UpdatedAt()
  updatedAt: Date;
}

/**
 * Per-product summary row for scanning a whole category (facet counts, "in stock" filters, sort by
 * availability) without touching the wide product rows: the product's category, brand, facet keys
 * and active flag (kept by the product writer) and its availability (kept by stock writers).
 * Every stock writer locks this row first (in product id order), so writers of one product take
 * turns and the summary is never computed from a stale snapshot.
 */
@Entity()
@Index(['categoryId'])
export class ProductStock {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @Column({ type: 'uuid', nullable: true })
  brandId: string | null;

  @Column({ type: 'int', array: true, default: () => "'{}'" })
  facetKeys: number[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Hash of (facet keys, brand): facet counting groups products by this cheap integer first. */
  @Column({ type: 'bigint', default: 0 })
  facetGroup: string;

  @DecimalColumn('quantity', { default: 0 })
  available: Dec;

  /** Bit `warehouse.bit` is set where available > 0 (active warehouses only). */
  @Column({ type: 'bigint', default: 0 })
  inStockMask: string;
}

export const SUPPLY_STATUSES = ['EXPECTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'] as const;
export type SupplyStatus = (typeof SUPPLY_STATUSES)[number];
export const OPEN_SUPPLY_STATUSES: SupplyStatus[] = ['EXPECTED', 'IN_TRANSIT'];

/** Goods on their way to a warehouse. */
@Entity()
@Index('IDX_incoming_open', { synchronize: false }) // partial, migration
export class IncomingSupply {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Index()
  @Column({ type: 'uuid' })
  warehouseId: string;

  @ManyToOne(() => Warehouse, { onDelete: 'CASCADE' })
  @JoinColumn()
  warehouse?: Relation<Warehouse>;

  @DecimalColumn('quantity')
  quantity: Dec;

  @Column({ type: 'date' })
  expectedAt: string;

  @Column({ type: 'varchar', length: 12, default: 'EXPECTED' })
  status: SupplyStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

export const RESERVATION_STATUSES = ['ACTIVE', 'RELEASED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** A buyer company's timed hold on stock at a warehouse. */
@Entity()
@Index(['companyId', 'status', 'expiresAt'])
@Index('IDX_reservation_active_expiry', { synchronize: false }) // partial WHERE status = 'ACTIVE'
@Index('IDX_reservation_active_stock', { synchronize: false }) // partial
export class Reservation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  buyerUserId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @ManyToOne(() => Warehouse, { onDelete: 'CASCADE' })
  @JoinColumn()
  warehouse?: Relation<Warehouse>;

  @DecimalColumn('quantity')
  quantity: Dec;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: ReservationStatus;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  comment: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
