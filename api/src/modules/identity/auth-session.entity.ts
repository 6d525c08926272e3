import { Check, Column, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';
import { BuyerUser } from './buyer-user.entity';
import { StaffUser } from './staff-user.entity';

export type SessionKind = 'buyer' | 'staff';

/**
 * A login: the refresh-token family and, for buyers, the active company and legal entity.
 * Access tokens name the session; revoking it ends them at once.
 */
@Entity()
@Check(
  'auth_session_principal',
  `(kind = 'buyer' AND buyer_user_id IS NOT NULL) OR (kind = 'staff' AND staff_user_id IS NOT NULL)`,
)
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  kind: SessionKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  buyerUserId: string | null;

  @ManyToOne(() => BuyerUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  buyerUser?: Relation<BuyerUser>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  staffUserId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn()
  staffUser?: Relation<StaffUser>;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  legalEntityId: string | null;

  /** The active contract: follows the legal entity (its default) and can be switched among its valid ones. */
  @Column({ type: 'uuid', nullable: true })
  contractId: string | null;

  /** A staff user acting as this buyer (act-as sessions). */
  @Column({ type: 'uuid', nullable: true })
  actingStaffUserId: string | null;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokeReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
