import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorKind = 'staff' | 'buyer' | 'apiKey' | 'system';

/**
 * One recorded action: who (staff user, buyer, API key or the system; plus the staff user behind an
 * act-as session), what (action on an entity), where (company) and the before/after state.
 */
@Entity()
@Index(['entityType', 'entityId', 'at'])
@Index(['companyId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 8 })
  actorKind: AuditActorKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  staffUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  buyerUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  apiKeyId: string | null;

  /** The staff user acting as the buyer, when the action came from an act-as session. */
  @Column({ type: 'uuid', nullable: true })
  actingStaffUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  /** Dotted verb, e.g. `registration.approved`, `stock.adjusted`, `company.blocked`. */
  @Index()
  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;
}
