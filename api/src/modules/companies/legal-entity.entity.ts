import {
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
import { CreatedAt } from '../../common/database/columns';
import { Company } from './company.entity';

/** A legal person through which a company buys (INN, KPP). Contracts and prices hang off it. */
@Entity()
@Index(['inn', 'kpp'], { unique: true })
export class LegalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, (c) => c.legalEntities, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Relation<Company>;

  /** The short name shown everywhere («ООО «СтройМаркет»»). */
  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** The full registered name (Общество с ограниченной ответственностью «…»). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  fullName: string | null;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  inn: string;

  /** Empty for sole proprietors (12-digit INN); the unique index then treats '' as a value. */
  @Column({ type: 'varchar', length: 9, default: '' })
  kpp: string;

  @Column({ type: 'varchar', length: 15, nullable: true })
  ogrn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  legalAddress: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  postalAddress: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  bankName: string | null;

  @Column({ type: 'varchar', length: 9, nullable: true })
  bik: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  correspondentAccount: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  settlementAccount: string | null;

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
