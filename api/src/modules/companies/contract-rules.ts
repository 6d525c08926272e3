/**
 * SQL predicate for a contract one may buy under today: active and within its validity dates.
 * One definition for the session's contract choice, switching and later features (checkout).
 */
export function validContractSql(alias: string): string {
  return `(${alias}.status = 'active'
    AND (${alias}.valid_from IS NULL OR ${alias}.valid_from <= current_date)
    AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= current_date))`;
}
