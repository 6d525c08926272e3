import type { TFunction } from 'i18next';

// The API words the problems in English (`api/src/modules/orders/split-rules.ts` splitRuleProblems);
// the editor shows the known ones in the person's language and anything else as it came.
const PATTERNS: { re: RegExp; key: 'shadowed' | 'noCategories' | 'unknownDivision' | 'duplicateId' }[] = [
  { re: /^Rule (\d+) never applies: rule (\d+) above it matches every line$/, key: 'shadowed' },
  { re: /^Rule (\d+): choose at least one category$/, key: 'noCategories' },
  { re: /^Rule (\d+): unknown division (.+)$/, key: 'unknownDivision' },
  { re: /^Rule (\d+): the id (.+) is used twice$/, key: 'duplicateId' },
];

export function splitRuleProblemText(problem: string, t: TFunction): string {
  for (const { re, key } of PATTERNS) {
    const m = re.exec(problem);
    if (m) return t(`splitRules.problem.${key}`, { rule: m[1], other: m[2] });
  }
  return problem;
}
