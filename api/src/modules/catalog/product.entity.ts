import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, DecimalColumn, UpdatedAt } from '../../common/database/columns';
import type { Dec } from '../../common/money/decimal';
import { decimalTransformer } from '../../common/money/decimal.transformer';
import { AttributeDefinition, AttributeValue } from './attribute.entity';
import { Brand } from './brand.entity';
import { Category } from './category.entity';
import { Image } from './image.entity';
import { Unit } from './unit.entity';

/**
 * A product. Hand-written indexes (migration): unique C-collated lower(sku) (exact lookups and SKU
 * prefix search), GIN on facet_keys, trigram GIN on search_text.
 */
@Entity()
@Index('UQ_product_sku_key', { synchronize: false })
@Index('IDX_product_facet_keys', { synchronize: false })
@Index('IDX_product_search_trgm', { synchronize: false })
@Index(['categoryId', 'name'])
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  sku: string;

  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  /** 1–2 lines of technical summary shown under the name. */
  @Column({ type: 'varchar', length: 500, default: '' })
  summary: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => Category, { onDelete: 'SET NULL' })
  @JoinColumn()
  category?: Relation<Category>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  brandId: string | null;

  @ManyToOne(() => Brand, { onDelete: 'SET NULL' })
  @JoinColumn()
  brand?: Relation<Brand>;

  @Column({ type: 'varchar', length: 16 })
  unitCode: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: 'unit_code' })
  unit?: Relation<Unit>;

  /** VAT rate in percent (22, 10, 0); null = not subject to VAT. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimalTransformer })
  vatRate: Dec | null;

  /** Multiplicity: orders are whole multiples of this many base units. */
  @DecimalColumn('quantity', { default: 1 })
  orderStep: Dec;

  @DecimalColumn('quantity', { default: 1 })
  minOrderQuantity: Dec;

  @Column({ type: 'uuid', nullable: true })
  imageId: string | null;

  @ManyToOne(() => Image, { onDelete: 'SET NULL' })
  @JoinColumn()
  image?: Relation<Image>;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** `attribute_value.num` of every filterable value of the product (facets). */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  facetKeys: number[];

  /** Normalised SKU, name and barcodes for substring search (pg_trgm). */
  @Column({ type: 'text', default: '' })
  searchText: string;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** The value of one attribute of one product. */
@Entity()
@Index(['attributeId'])
export class ProductAttribute {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'uuid' })
  attributeId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @ManyToOne(() => AttributeDefinition, { onDelete: 'CASCADE' })
  @JoinColumn()
  attribute?: Relation<AttributeDefinition>;

  /** For NUMBER, BOOLEAN and ENUM: the attribute_value row. */
  @Column({ type: 'uuid', nullable: true })
  valueId: string | null;

  @ManyToOne(() => AttributeValue, { onDelete: 'CASCADE' })
  @JoinColumn()
  value?: Relation<AttributeValue>;

  /** For TEXT attributes. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  valueText: string | null;
}

/** A packaging unit of a product: box of 200, pallet of 9 600, coil of 100 m… */
@Entity()
// Partial, on the packages that have a barcode (migration PackagingBarcodeIndex): quick order and sheet
// uploads look typed barcodes up here.
@Index('IDX_product_packaging_barcode', { synchronize: false })
export class ProductPackaging {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  code: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Base units in one package. */
  @DecimalColumn('quantity')
  factor: Dec;

  @Column({ type: 'varchar', length: 40, nullable: true })
  barcode: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}

/** A barcode (EAN-13…) of a product; one barcode belongs to one product. */
@Entity()
export class ProductBarcode {
  @PrimaryColumn({ type: 'varchar', length: 40, collation: 'C' })
  barcode: string;

  @Index()
  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;
}

export const ANALOG_KINDS = ['FULL', 'PARTIAL'] as const;
export type AnalogKind = (typeof ANALOG_KINDS)[number];

/** `analog` can replace `product` (fully or partly). Two-way links are two rows. */
@Entity()
@Index(['analogId'])
export class ProductAnalog {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'uuid' })
  analogId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  analog?: Relation<Product>;

  @Column({ type: 'varchar', length: 10 })
  kind: AnalogKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;
}

/**
 * Search index for typeahead: one row per word of a product name. A C-collated btree answers
 * "words starting with …" with an index range scan that stops at the LIMIT, however many products match.
 */
@Entity()
@Index(['productId', 'word'])
export class ProductWord {
  @PrimaryColumn({ type: 'text', collation: 'C' })
  word: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn()
  product?: Relation<Product>;

  /** Position of the word in the name: the first word of a name ranks first. */
  @Column({ type: 'smallint', default: 0 })
  position: number;
}

/** Every word seen in product names: the small vocabulary that typo-tolerant matching (pg_trgm) searches. */
@Entity()
@Index('IDX_search_word_trgm', { synchronize: false })
export class SearchWord {
  @PrimaryColumn({ type: 'text', collation: 'C' })
  word: string;
}
