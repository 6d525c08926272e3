import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';

/**
 * What a one-time link or ticket is for. Invitations and resets set a password; the e-mail check
 * confirms a registration; an act-as ticket opens a buyer session for a staff user.
 */
export type ActionTokenPurpose = 'invite' | 'password_reset' | 'email_verification' | 'act_as';

/** A single-use, expiring secret sent in a link. Only its SHA-256 is stored. */
@Entity()
export class ActionToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  purpose: ActionTokenPurpose;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** 'buyer' or 'staff' for password tokens; null otherwise. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  userKind: 'buyer' | 'staff' | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The thing the token acts on (a registration request, a company…), by purpose. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, string>;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
