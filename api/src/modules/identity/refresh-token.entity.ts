import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';
import { AuthSession } from './auth-session.entity';

/** One link of a session's rotation chain; only the SHA-256 of the token is stored. */
@Entity()
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AuthSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Relation<AuthSession>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when this token was exchanged for the next one; presenting it again means theft. */
  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;
}
