import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../common/database/columns';

/**
 * A node of the catalog tree. `path` is the materialised path (ids from the root to this node,
 * itself included), so "this category with its descendants" is `path @> ARRAY[id]` on a GIN index
 * and a move rewrites the paths of one subtree in one statement.
 */
@Entity()
@Index('IDX_category_path', { synchronize: false }) // GIN, created in the migration
@Index(['parentId', 'position'])
export class Category {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Order among siblings, 0-based. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'uuid', array: true })
  path: string[];

  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
