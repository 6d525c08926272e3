import type { ValueTransformer } from 'typeorm';
import { Dec } from './decimal';

/** numeric columns come from pg as strings; keep them exact in both directions. */
export const decimalTransformer: ValueTransformer = {
  to(value: Dec | string | null | undefined): string | null | undefined {
    if (value === null || value === undefined) return value;
    return value instanceof Dec ? value.toFixed() : new Dec(value).toFixed();
  },
  from(value: string | null): Dec | null {
    return value === null ? null : new Dec(value);
  },
};
