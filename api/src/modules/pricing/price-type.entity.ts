import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';

/**
 * A price type (price column): RRP, Wholesale, Dealer, Purchase… Every price entry and every contract's
 * base price refers to one. `staffOnly` types (Purchase) never reach the shop API: not as a column, not
 * as the name of a buyer's base price, not through a rule that switches to them.
 */
@Entity()
export class PriceType {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 3, default: 'RUB' })
  currency: string;

  /** Prices of this type include VAT (at the product's rate). */
  @Column({ type: 'boolean', default: true })
  vatIncluded: boolean;

  @Column({ type: 'boolean', default: false })
  staffOnly: boolean;

  /** The base price type of contracts that name none (nor their legal entity or company); at most one. */
  @Index('UQ_price_type_default', { unique: true, where: 'is_default' })
  @Column({ type: 'boolean', default: false })
  isDefault: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** A short number naming the type in price entry lists (price_entry_list); given by the database, never changes. */
  @Column({ type: 'smallint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false })
  listKey: number;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
