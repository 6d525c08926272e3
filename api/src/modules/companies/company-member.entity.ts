import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';
import { BuyerRole } from '../../common/auth/permissions';
import { BuyerUser } from '../identity/buyer-user.entity';
import { Company } from './company.entity';

/** A buyer's place in a company, with his role there. A person may work for several companies. */
@Entity()
@Index(['companyId', 'buyerUserId'], { unique: true })
export class CompanyMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Relation<Company>;

  @Index()
  @Column({ type: 'uuid' })
  buyerUserId: string;

  @ManyToOne(() => BuyerUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  buyerUser?: Relation<BuyerUser>;

  @Column({ type: 'varchar', length: 16 })
  role: BuyerRole;

  @Column({ default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
