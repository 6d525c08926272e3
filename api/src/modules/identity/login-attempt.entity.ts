import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed-login counters per key (an e-mail or an IP) in a fixed window; shared by all replicas. */
@Entity()
export class LoginAttempt {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  failures: number;
}
