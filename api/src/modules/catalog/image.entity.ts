import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../common/database/columns';

/**
 * An uploaded picture, already resized to what the SPAs show (WebP thumbnail and card sizes), kept
 * in PostgreSQL so that every stateless replica can serve it. Deduplicated by the SHA-256 of the upload.
 */
@Entity()
export class Image {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'bytea' })
  thumb: Buffer;

  @Column({ type: 'bytea' })
  card: Buffer;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @CreatedAt()
  createdAt: Date;
}
