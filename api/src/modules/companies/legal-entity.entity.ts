import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';
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

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  inn: string;

  /** Empty for sole proprietors (12-digit INN); the unique index then treats '' as a value. */
  @Column({ type: 'varchar', length: 9, default: '' })
  kpp: string;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
