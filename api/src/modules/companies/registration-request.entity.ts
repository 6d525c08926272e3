import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';

export type RegistrationKind = 'FULL' | 'SHORT';
/** UNVERIFIED (e-mail not confirmed) → PENDING (in the staff queue) → APPROVED | REJECTED. */
export type RegistrationStatus = 'UNVERIFIED' | 'PENDING' | 'APPROVED' | 'REJECTED';
export const OPEN_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['UNVERIFIED', 'PENDING'];

/** A questionnaire from the public registration form, reviewed by staff. */
@Entity()
@Index('registration_one_open_per_inn_email', ['inn', 'email'], {
  unique: true,
  where: `status IN ('UNVERIFIED', 'PENDING')`,
})
export class RegistrationRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  kind: RegistrationKind;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  status: RegistrationStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  companyName: string | null;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  inn: string;

  @Column({ type: 'varchar', length: 9, nullable: true })
  kpp: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contractNumber: string | null;

  @Column({ type: 'varchar', length: 200 })
  contactName: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 40 })
  phone: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  businessKind: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 5, default: 'ru' })
  locale: string;

  @Column({ type: 'timestamptz' })
  consentAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** SHA-256 of the token in the applicant's status link. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  statusTokenHash: string;

  /** Short form: the company, legal entity and contract the INN + contract number matched. */
  @Column({ type: 'uuid', nullable: true })
  matchedCompanyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  matchedLegalEntityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  matchedContractId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByStaffUserId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  rejectionReason: string | null;

  /** After approval: the company the applicant was created in or attached to, and his user. */
  @Column({ type: 'uuid', nullable: true })
  resultCompanyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  resultBuyerUserId: string | null;

  @Index()
  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
