import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CreatedAt, DecimalColumn } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import type { ActionKind, PaymentTerms, RulePolicy, ScopeKind, TargetKind, TierBasis } from './engine';

/** One step of `price_rule.tiers`: from `from` (quantity or line amount) the action's value is `value`. */
export interface StoredRuleStep {
  from: string;
  value: string;
}

/**
 * A price rule (docs/pricing.md): scope × target × action, with conditions, tiers, priority and a
 * combination policy. Loaded per contract by scope (index on scope_kind, scope_id) and mapped 1:1 to the
 * engine's PriceRule. Rules created by an approved special-price request carry its id.
 */
@Entity('price_rule')
@Index(['scopeKind', 'scopeId'])
@Index(['targetKind', 'targetId'])
@Check('price_rule_scope', `(scope_kind = 'EVERYONE') = (scope_id IS NULL)`)
@Check('price_rule_target', `(target_kind = 'ALL') = (target_id IS NULL)`)
export class PriceRuleRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  publicLabel: string | null;

  @Column({ type: 'int', default: 0 })
  priority: number;

  @Column({ type: 'varchar', length: 16 })
  policy: RulePolicy;

  @Column({ type: 'varchar', length: 16 })
  scopeKind: ScopeKind;

  @Column({ type: 'uuid', nullable: true })
  scopeId: string | null;

  @Column({ type: 'varchar', length: 16 })
  targetKind: TargetKind;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 24 })
  actionKind: ActionKind;

  /** Percent, or the fixed price; null only for SWITCH_PRICE_TYPE. */
  @DecimalColumn('price', { nullable: true })
  value: Dec | null;

  /** For PRICE_TYPE_RELATIVE and SWITCH_PRICE_TYPE. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  priceTypeId: string | null;

  /** Currency of a FIXED_PRICE; null = the base price's. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  tierBasis: TierBasis | null;

  @Column({ type: 'jsonb', nullable: true })
  tiers: StoredRuleStep[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  validTo: Date | null;

  @Column({ type: 'uuid', array: true, nullable: true })
  warehouseIds: string[] | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  paymentTerms: PaymentTerms | null;

  @Column({ type: 'int', nullable: true })
  maxDeferralDays: number | null;

  @DecimalColumn('amount', { nullable: true })
  minOrderAmount: Dec | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The integrator's key (rules CRUD by external id). */
  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  /** Set on rules created by approving a special-price request. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  specialPriceRequestId: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
