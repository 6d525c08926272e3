import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, DecimalColumn, UpdatedAt } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { decimalTransformer } from '../../common/money/decimal.transformer';
import { Product } from '../catalog/product.entity';
import { Contract } from '../companies/contract.entity';
import { BuyerUser } from '../identity/buyer-user.entity';
import { Warehouse } from '../inventory/warehouse.entity';

/** One cart per buyer × legal entity × contract (the session's active contract picks it). */
@Entity()
@Index(['buyerUserId', 'legalEntityId', 'contractId'], { unique: true })
export class Cart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  buyerUserId: string;

  @ManyToOne(() => BuyerUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  buyerUser?: Relation<BuyerUser>;

  @Index()
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  legalEntityId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => Contract, { onDelete: 'CASCADE' })
  @JoinColumn()
  contract?: Relation<Contract>;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/**
 * A line of a cart: a product in one of its units (base unit when `packagingCode` is null), as typed,
 * with its quantity in base units. `lineKey` (product|packaging|warehouse) makes adding the same thing
 * twice one line.
 */
@Entity()
@Index(['cartId', 'lineKey'], { unique: true })
@Index(['cartId', 'position'])
export class CartLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cartId: string;

  @ManyToOne(() => Cart, { onDelete: 'CASCADE' })
  @JoinColumn()
  cart?: Relation<Cart>;

  @Column({ type: 'varchar', length: 120 })
  lineKey: string;

  @Index()
  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'varchar', length: 30, nullable: true })
  packagingCode: string | null;

  /** In the line's unit (packages when packagingCode is set). */
  @DecimalColumn('quantity')
  quantity: Dec;

  @DecimalColumn('quantity')
  baseQuantity: Dec;

  @Column({ type: 'uuid', nullable: true })
  warehouseId: string | null;

  @ManyToOne(() => Warehouse, { onDelete: 'SET NULL' })
  @JoinColumn()
  warehouse?: Relation<Warehouse>;

  @Column({ type: 'int' })
  position: number;

  /** The personal price per base unit when the line was last priced (null: no price). */
  @DecimalColumn('price', { nullable: true })
  price: Dec | null;

  @Column({ type: 'boolean', default: true })
  vatIncluded: boolean;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimalTransformer })
  vatRate: Dec | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** A named list of frequently bought items; `shared` lets colleagues in the company see and use it. */
@Entity()
@Index(['companyId', 'ownerUserId'])
export class ShortList {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  ownerUserId: string;

  @ManyToOne(() => BuyerUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  ownerUser?: Relation<BuyerUser>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ default: false })
  shared: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

@Entity()
@Index(['shortListId', 'productId', 'packagingCode'], { unique: true })
export class ShortListItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shortListId: string;

  @ManyToOne(() => ShortList, { onDelete: 'CASCADE' })
  @JoinColumn()
  shortList?: Relation<ShortList>;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'varchar', length: 30, default: '' })
  packagingCode: string;

  /** The usual quantity, if the buyer keeps one. */
  @DecimalColumn('quantity', { nullable: true })
  quantity: Dec | null;

  @Column({ type: 'int' })
  position: number;
}

/** A saved cart: lines with quantities, to fill a cart again in one action. */
@Entity()
@Index(['companyId', 'ownerUserId'])
export class OrderTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  ownerUserId: string;

  @ManyToOne(() => BuyerUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  ownerUser?: Relation<BuyerUser>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ default: false })
  shared: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

@Entity()
@Index(['templateId', 'position'])
export class OrderTemplateLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => OrderTemplate, { onDelete: 'CASCADE' })
  @JoinColumn()
  template?: Relation<OrderTemplate>;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'varchar', length: 30, nullable: true })
  packagingCode: string | null;

  @DecimalColumn('quantity')
  quantity: Dec;

  @Column({ type: 'uuid', nullable: true })
  warehouseId: string | null;

  @Column({ type: 'int' })
  position: number;
}
