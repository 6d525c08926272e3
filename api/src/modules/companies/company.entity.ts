import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';
import { LegalEntity } from './legal-entity.entity';

export type CompanyStatus = 'pending' | 'active' | 'blocked';

/** A client account: the tenant. Everything a buyer sees is scoped to one. */
@Entity()
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: CompanyStatus;

  @OneToMany(() => LegalEntity, (le) => le.company)
  legalEntities?: Relation<LegalEntity[]>;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
