import { useFormat } from '@wholesail/shared/web';
import type { TFunction } from 'i18next';

import type { PriceRuleFieldsFragment } from '../../gql/graphql';

/** "−5 %", "+12 % over PURCHASE", "1 250,00 fixed", "switch to DEALER", "tiers by quantity". */
export function actionText(
  rule: Pick<PriceRuleFieldsFragment, 'actionKind' | 'value' | 'priceTypeId' | 'tierBasis' | 'tiers'>,
  t: TFunction,
  format: ReturnType<typeof useFormat>,
  typeCode: (id: string | null | undefined) => string,
): string {
  const v = rule.value ? format.decimal(rule.value) : '';
  const tiers = rule.tiers?.length
    ? ` · ${rule.tiers.map((s) => `${format.decimal(s.from)}+: ${format.decimal(s.value)}`).join('; ')}`
    : '';
  switch (rule.actionKind) {
    case 'PERCENT_DISCOUNT':
      return `${t('rules.actions.PERCENT_DISCOUNT')} ${v ? `${v} %` : ''}${tiers}`;
    case 'PERCENT_MARKUP':
      return `${t('rules.actions.PERCENT_MARKUP')} ${v ? `${v} %` : ''}${tiers}`;
    case 'FIXED_PRICE':
      return `${t('rules.actions.FIXED_PRICE')} ${v}${tiers}`;
    case 'PRICE_TYPE_RELATIVE':
      return `${typeCode(rule.priceTypeId)} ${v.startsWith('-') ? '' : '+'}${v} %${tiers}`;
    case 'SWITCH_PRICE_TYPE':
      return `${t('rules.actions.SWITCH_PRICE_TYPE')} ${typeCode(rule.priceTypeId)}`;
  }
}
