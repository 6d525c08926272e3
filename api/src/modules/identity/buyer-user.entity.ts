import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';

/** A person working for one or more client companies (memberships live in the companies module). */
@Entity()
export class BuyerUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  /** Null until an invited user sets a password through his link. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ default: true })
  active: boolean;

  /** Language of his e-mails (ru, en). */
  @Column({ type: 'varchar', length: 5, default: 'ru' })
  locale: string;

  /** Where the next login lands: the legal entity used last. */
  @Column({ type: 'uuid', nullable: true })
  lastLegalEntityId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
