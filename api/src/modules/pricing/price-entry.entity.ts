import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { DecimalColumn } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { Product } from '../catalog/product.entity';
import { PriceType } from './price-type.entity';

/** One quantity tier as stored in `price_entry.tiers`: from `from` units (of the entry's unit) the price is `price`. */
export interface StoredPriceTier {
  from: string;
  price: string;
}

/**
 * The price of a product in one price type, optionally for one packaging unit (`packaging_code`; ''
 * = the product's base unit), with quantity tiers above the basic price ("from 100 pcs: 96").
 * Quantities and prices of a packaging entry are per package; the quote converts them to base units.
 */
@Entity()
@Index(['priceTypeId', 'productId'])
export class PriceEntry {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'uuid' })
  priceTypeId: string;

  @PrimaryColumn({ type: 'varchar', length: 30, default: '' })
  packagingCode: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @ManyToOne(() => PriceType, { onDelete: 'CASCADE' })
  @JoinColumn()
  priceType?: Relation<PriceType>;

  /** The basic unit price (from any quantity). */
  @DecimalColumn('price')
  price: Dec;

  /** Higher tiers, ascending by `from`; [] when there are none. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  tiers: StoredPriceTier[];

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
