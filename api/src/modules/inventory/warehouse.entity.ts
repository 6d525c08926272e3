import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';

@Entity()
export class Warehouse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable key used by integrators (`MSK-1`). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  region: string;

  /** The seller's branch (филиал) the warehouse belongs to. */
  @Column({ type: 'varchar', length: 100, default: '' })
  branch: string;

  @Column({ type: 'boolean', default: false })
  pickupPoint: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** The warehouse's bit (0–62) in product_stock.in_stock_mask: at most 63 warehouses. */
  @Index({ unique: true })
  @Column({ type: 'smallint' })
  bit: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
