import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';
import { Permission } from '../../common/auth/permissions';
import { StaffUser } from './staff-user.entity';

/** An integrator credential for the admin API. The secret is shown once; only its hash is kept. */
@Entity()
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The first characters of the key, to recognise it in lists and logs. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'varchar', array: true, length: 40 })
  scopes: Permission[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<StaffUser>;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
