import { Column, ColumnOptions, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { decimalTransformer } from '../money/decimal.transformer';

/** numeric(19,4) for prices, numeric(19,2) for amounts, numeric(18,6) for fractional quantities. */
export function DecimalColumn(
  kind: 'price' | 'amount' | 'quantity',
  options: Omit<ColumnOptions, 'type' | 'precision' | 'scale' | 'transformer'> = {},
): PropertyDecorator {
  const shape = { price: [19, 4], amount: [19, 2], quantity: [18, 6] }[kind];
  return Column({ ...options, type: 'numeric', precision: shape[0], scale: shape[1], transformer: decimalTransformer });
}

export const CreatedAt = (): PropertyDecorator => CreateDateColumn({ type: 'timestamptz' });
export const UpdatedAt = (): PropertyDecorator => UpdateDateColumn({ type: 'timestamptz' });
