import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';

@Entity()
@Index('UQ_brand_name_lower', { synchronize: false }) // unique on lower(name), in the migration
export class Brand {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @CreatedAt()
  createdAt: Date;
}
