import { useQuery } from '@apollo/client/react';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { CompanyPicker, type CompanyOption } from '../companies/pickers';
import { PRICING_CLIENT_QUERY } from './pricing.queries';

export interface ClientChoice {
  company: CompanyOption | null;
  legalEntityId: string | null;
  contractId: string | null;
}

export const NO_CLIENT: ClientChoice = { company: null, legalEntityId: null, contractId: null };

/**
 * Company → legal entity → contract, each narrowing the next. `depth` says how far the person must
 * go (a rule scoped to a legal entity needs no contract). The first contract is preselected.
 */
export function ClientSelect({
  value,
  onChange,
  depth = 'contract',
  errors = {},
}: {
  value: ClientChoice;
  onChange: (value: ClientChoice) => void;
  depth?: 'company' | 'legalEntity' | 'contract';
  errors?: { company?: string; legalEntity?: string; contract?: string };
}) {
  const { t } = useTranslation();
  const companyId = value.company?.value ?? null;
  const { data } = useQuery(PRICING_CLIENT_QUERY, { variables: { id: companyId ?? '' }, skip: !companyId });
  const entities = data?.company.legalEntities ?? [];
  const entity = entities.find((le) => le.id === value.legalEntityId) ?? null;

  return (
    <Group gap="sm" align="flex-start" grow>
      <CompanyPicker
        label={t('pricingClient.company')}
        placeholder={t('pricingClient.companyPlaceholder')}
        value={companyId}
        initial={value.company}
        onChange={(company) => onChange({ company, legalEntityId: null, contractId: null })}
        error={errors.company}
        data-testid="client-company"
      />
      {depth !== 'company' && (
        <Select
          label={t('pricingClient.legalEntity')}
          data={entities.map((le) => ({ value: le.id, label: `${le.name} · ${le.inn}` }))}
          value={value.legalEntityId}
          onChange={(id) => {
            const le = entities.find((x) => x.id === id);
            const contract = le?.contracts.find((k) => k.isDefault) ?? le?.contracts[0];
            onChange({ ...value, legalEntityId: id, contractId: depth === 'contract' ? (contract?.id ?? null) : null });
          }}
          disabled={!companyId}
          error={errors.legalEntity}
          data-testid="client-legal-entity"
        />
      )}
      {depth === 'contract' && (
        <Select
          label={t('pricingClient.contract')}
          data={(entity?.contracts ?? []).map((k) => ({
            value: k.id,
            label: `${k.number}${k.isDefault ? ` · ${t('pricingClient.defaultContract')}` : ''}`,
          }))}
          value={value.contractId}
          onChange={(id) => onChange({ ...value, contractId: id })}
          disabled={!entity}
          error={errors.contract}
          data-testid="client-contract"
        />
      )}
    </Group>
  );
}
