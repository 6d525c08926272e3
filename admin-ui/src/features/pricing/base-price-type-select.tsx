import { useMutation, useQuery } from '@apollo/client/react';
import { Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { COMPANY_QUERY } from '../companies/companies.queries';
import { PRICE_TYPES_QUERY, SET_BASE_PRICE_TYPE_MUTATION } from './pricing.queries';

/**
 * A contract's base price type on the company card: its own, or "inherited" from the legal entity,
 * the company or the default type. Changing it is audited and reaches the catalog at once.
 */
export function BasePriceTypeSelect({
  companyId,
  contractId,
  own,
  inherited,
  canEdit,
}: {
  companyId: string;
  contractId: string;
  own: string | null;
  inherited: string | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const types = useQuery(PRICE_TYPES_QUERY, { skip: !hasPermission(session, 'READ_PRICES') });
  const [set, { loading }] = useMutation(SET_BASE_PRICE_TYPE_MUTATION, {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: companyId } }],
    awaitRefetchQueries: true,
  });
  const all = types.data?.priceTypes ?? [];
  const fallback = all.find((pt) => pt.id === inherited) ?? all.find((pt) => pt.isDefault);
  const inheritedLabel = t('basePriceType.inherited', { code: fallback?.code ?? '—' });
  if (!canEdit) {
    const current = all.find((pt) => pt.id === own);
    return <Text size="sm">{current ? current.code : inheritedLabel}</Text>;
  }
  return (
    <Select
      size="xs"
      w={190}
      data={all.map((pt) => ({ value: pt.id, label: `${pt.code} · ${pt.name}` }))}
      value={own}
      placeholder={inheritedLabel}
      clearable
      disabled={loading}
      aria-label={t('basePriceType.column')}
      data-testid="contract-base-price-type"
      onChange={(priceTypeId) => {
        set({ variables: { input: { contractId, priceTypeId } } })
          .then(() => notifications.show({ color: 'teal', message: t('basePriceType.saved') }))
          .catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(e, t) }));
      }}
    />
  );
}
