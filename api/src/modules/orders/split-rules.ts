/**
 * Splitting one placed order into sub-orders by staff-defined rules. A sub-order is what the seller
 * processes apart: one warehouse ships it, one division handles it, one legal entity invoices it.
 *
 * Each rule sets one aspect of a line's group; among rules of the same kind the first that matches
 * wins (staff put specific rules above general ones):
 * - `warehouse`: the line's warehouse (all warehouses, or only the listed ones);
 * - `category`: a category subtree → a seller division (and through it the division's legal entity);
 * - `sellerLegalEntity`: lines matching its filters are sold by that legal entity (overrides the
 *   division's). Filters are ANDed; a rule without filters claims every line.
 * Lines with the same aspects form one group; a line no rule matched goes to the default group.
 * See docs/ordering.md for examples.
 */

export type SplitRule =
  | { id: string; kind: 'warehouse'; warehouseIds?: readonly string[] | null }
  | { id: string; kind: 'category'; categoryIds: readonly string[]; divisionId: string }
  | {
      id: string;
      kind: 'sellerLegalEntity';
      sellerLegalEntityId: string;
      warehouseIds?: readonly string[] | null;
      categoryIds?: readonly string[] | null;
      divisionIds?: readonly string[] | null;
    };

export interface SplitDivision {
  id: string;
  sellerLegalEntityId: string | null;
}

export interface SplitLine {
  /** Unique within the order (a cart line split across warehouses gives one split line per part). */
  key: string;
  /** Position in the buyer's order; groups and their lines are ordered by it. */
  position: number;
  warehouseId: string | null;
  /** The product's category and all its ancestors (any order), so a rule on a parent claims descendants. */
  categoryPath: readonly string[];
}

export interface SubOrderGroup<L extends SplitLine> {
  /** Deterministic: `default`, or the aspects, e.g. `le:<id>|div:<id>|wh:<id>`. */
  key: string;
  /** 1-based, the suffix of the sub-order number. */
  index: number;
  warehouseId: string | null;
  divisionId: string | null;
  sellerLegalEntityId: string | null;
  /** Rules that put lines here, in rule order (empty for the default group). */
  ruleIds: string[];
  isDefault: boolean;
  lines: L[];
}

const matches = (filter: readonly string[] | null | undefined, values: readonly (string | null)[]) =>
  !filter || filter.length === 0 || values.some((v) => v !== null && filter.includes(v));

interface Aspects {
  warehouseId: string | null;
  divisionId: string | null;
  sellerLegalEntityId: string | null;
  ruleIds: Set<string>;
}

function aspectsOf(
  line: SplitLine,
  rules: readonly SplitRule[],
  divisions: ReadonlyMap<string, SplitDivision>,
): Aspects {
  const aspects: Aspects = { warehouseId: null, divisionId: null, sellerLegalEntityId: null, ruleIds: new Set() };
  const warehouseRule = rules.find(
    (r) => r.kind === 'warehouse' && line.warehouseId !== null && matches(r.warehouseIds, [line.warehouseId]),
  );
  if (warehouseRule) {
    aspects.warehouseId = line.warehouseId;
    aspects.ruleIds.add(warehouseRule.id);
  }
  const categoryRule = rules.find(
    (r) => r.kind === 'category' && r.categoryIds.some((c) => line.categoryPath.includes(c)),
  );
  if (categoryRule?.kind === 'category') {
    aspects.divisionId = categoryRule.divisionId;
    aspects.sellerLegalEntityId = divisions.get(categoryRule.divisionId)?.sellerLegalEntityId ?? null;
    aspects.ruleIds.add(categoryRule.id);
  }
  const sellerRule = rules.find(
    (r) =>
      r.kind === 'sellerLegalEntity' &&
      matches(r.warehouseIds, [line.warehouseId]) &&
      matches(r.categoryIds, line.categoryPath) &&
      matches(r.divisionIds, [aspects.divisionId]),
  );
  if (sellerRule?.kind === 'sellerLegalEntity') {
    aspects.sellerLegalEntityId = sellerRule.sellerLegalEntityId;
    aspects.ruleIds.add(sellerRule.id);
  }
  return aspects;
}

function groupKey(a: Aspects): string {
  const parts: string[] = [];
  if (a.sellerLegalEntityId !== null) parts.push(`le:${a.sellerLegalEntityId}`);
  if (a.divisionId !== null) parts.push(`div:${a.divisionId}`);
  if (a.warehouseId !== null) parts.push(`wh:${a.warehouseId}`);
  return parts.length > 0 ? parts.join('|') : 'default';
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPosition = (a: SplitLine, b: SplitLine) => a.position - b.position || byText(a.key, b.key);

/**
 * Groups the lines. Every line lands in exactly one group; the result does not depend on the order of
 * `lines` (groups are ordered by their first line's position, lines by position).
 */
export function splitOrderLines<L extends SplitLine>(
  lines: readonly L[],
  rules: readonly SplitRule[],
  divisions: readonly SplitDivision[],
): SubOrderGroup<L>[] {
  const divisionById = new Map(divisions.map((d) => [d.id, d]));
  const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));
  const groups = new Map<string, Omit<SubOrderGroup<L>, 'index' | 'ruleIds'> & { rules: Set<string> }>();
  for (const line of lines) {
    const aspects = aspectsOf(line, rules, divisionById);
    const key = groupKey(aspects);
    const { ruleIds, ...values } = aspects;
    const group = groups.get(key) ?? { key, ...values, isDefault: key === 'default', rules: new Set(), lines: [] };
    groups.set(key, group);
    ruleIds.forEach((id) => group.rules.add(id));
    group.lines.push(line);
  }
  return [...groups.values()]
    .map(({ rules: used, ...group }) => ({
      ...group,
      lines: [...group.lines].sort(byPosition),
      ruleIds: [...used].sort((a, b) => (ruleOrder.get(a) ?? 0) - (ruleOrder.get(b) ?? 0)),
    }))
    .sort((a, b) => byPosition(a.lines[0], b.lines[0]))
    .map((group, i) => ({ ...group, index: i + 1 }));
}

/** The submission number: year and a zero-padded sequence (`2026-000123`). */
export function formatOrderNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * A sub-order's number: the submission's number and the group index (`2026-000123-1`). Always
 * suffixed, even for a single group, so sub-order numbers look alike everywhere (1C, documents).
 */
export function subOrderNumber(orderNumber: string, index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`Sub-order index must be 1 or more, got ${index}`);
  return `${orderNumber}-${index}`;
}

/** Problems the split-rule editor shows before saving (the split itself tolerates them). */
export function splitRuleProblems(rules: readonly SplitRule[], divisions: readonly SplitDivision[]): string[] {
  const problems: string[] = [];
  const known = new Set(divisions.map((d) => d.id));
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const where = `Rule ${i + 1}`;
    if (seen.has(rule.id)) problems.push(`${where}: the id ${rule.id} is used twice`);
    seen.add(rule.id);
    if (rule.kind === 'category') {
      if (rule.categoryIds.length === 0) problems.push(`${where}: choose at least one category`);
      if (!known.has(rule.divisionId)) problems.push(`${where}: unknown division ${rule.divisionId}`);
    }
    if (rule.kind === 'sellerLegalEntity') {
      const unknown = (rule.divisionIds ?? []).filter((d) => !known.has(d));
      if (unknown.length > 0) problems.push(`${where}: unknown division ${unknown.join(', ')}`);
    }
    const shadowedBy = rules.slice(0, i).findIndex((r) => r.kind === rule.kind && claimsEverything(r));
    if (shadowedBy >= 0) problems.push(`${where} never applies: rule ${shadowedBy + 1} above it matches every line`);
  });
  return problems;
}

function claimsEverything(rule: SplitRule): boolean {
  if (rule.kind === 'category') return false;
  if (rule.kind === 'warehouse') return !rule.warehouseIds || rule.warehouseIds.length === 0;
  return [rule.warehouseIds, rule.categoryIds, rule.divisionIds].every((f) => !f || f.length === 0);
}
