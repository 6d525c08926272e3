import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt, DecimalColumn, UpdatedAt } from '../../common/database/columns';
import { BuyerRole } from '../../common/auth/permissions';
import type { Dec } from '../../common/money/decimal';
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

  /** Largest order this user may place without a director's approval; null = no limit. */
  @DecimalColumn('amount', { nullable: true })
  orderLimit: Dec | null;

  /** Largest total of his orders in a calendar month; null = no limit. */
  @DecimalColumn('amount', { nullable: true })
  monthlyLimit: Dec | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
