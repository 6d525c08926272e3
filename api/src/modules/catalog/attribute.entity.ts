import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { DecimalColumn } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';

export const ATTRIBUTE_TYPES = ['TEXT', 'NUMBER', 'BOOLEAN', 'ENUM'] as const;
export type AttributeKind = (typeof ATTRIBUTE_TYPES)[number];

/** A typed product attribute (Диаметр, мм; Сечение жилы, мм²; Цвет…). Filterable ones are facets. */
@Entity()
export class AttributeDefinition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key for integrators, e.g. `diameter_mm`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  type: AttributeKind;

  /** Display unit of a NUMBER attribute (мм, Вт, К…). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  unit: string | null;

  @Column({ type: 'boolean', default: true })
  filterable: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;
}

/**
 * One distinct value of an attribute: an ENUM option, a NUMBER value, true/false. `num` is a small
 * integer key: a product carries the keys of its values in `product.facet_keys int[]`, so facet
 * filters are array overlaps and facet counts are one pass over the matching products.
 */
@Entity()
@Index(['attributeId', 'code'], { unique: true, where: 'code IS NOT NULL' })
@Index(['attributeId', 'valueNum'], { unique: true, where: 'value_num IS NOT NULL' })
@Index(['attributeId', 'valueBool'], { unique: true, where: 'value_bool IS NOT NULL' })
export class AttributeValue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  num: number;

  @Column({ type: 'uuid' })
  attributeId: string;

  @ManyToOne(() => AttributeDefinition, { onDelete: 'CASCADE' })
  @JoinColumn()
  attribute?: Relation<AttributeDefinition>;

  /** ENUM options only: the integrator's key for the option. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  code: string | null;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @DecimalColumn('quantity', { nullable: true })
  valueNum: Dec | null;

  @Column({ type: 'boolean', nullable: true })
  valueBool: boolean | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
