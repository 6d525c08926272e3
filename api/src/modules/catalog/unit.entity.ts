import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit of measure (OKEI-style): pieces, metres, tons… `scale` is how many decimals it allows. */
@Entity()
export class Unit {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  shortName: string;

  /** 0: whole numbers only (pieces); 3 for tons (to the kilogram); 2 for metres (to the centimetre). */
  @Column({ type: 'smallint', default: 0 })
  scale: number;

  /** Russian OKEI code, for the accounting system. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  okei: string | null;
}
