import { useApolloClient, useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { SWITCH_LEGAL_ENTITY_MUTATION } from './legal-entities.queries';

/**
 * Prices, contract, balance and cart follow the active legal entity, so after a switch the whole
 * Apollo store is reset and every mounted query refetches for the new one.
 */
export function LegalEntitySwitcher({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [switchLegalEntity, { loading }] = useMutation(SWITCH_LEGAL_ENTITY_MUTATION);

  const data = session.companies.map((access) => ({
    group: access.company.name,
    items: access.legalEntities.map((entity) => ({
      value: entity.id,
      label: t('legalEntity.option', { name: entity.name, inn: entity.inn }),
    })),
  }));

  const select = async (legalEntityId: string | null) => {
    if (!legalEntityId || legalEntityId === session.activeLegalEntity.id) return;
    try {
      const { data: result } = await switchLegalEntity({ variables: { legalEntityId } });
      const outcome = result?.switchLegalEntity;
      if (outcome?.__typename === 'ShopSession') {
        await client.resetStore();
        notifications.show({
          color: 'teal',
          message: t('legalEntity.switched', { name: outcome.activeLegalEntity.name }),
        });
      } else if (outcome?.__typename === 'NotFoundError') {
        notifications.show({ color: 'red', message: t('legalEntity.notFound') });
      }
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Select
      aria-label={t('header.legalEntity')}
      title={t('header.legalEntity')}
      data={data}
      value={session.activeLegalEntity.id}
      onChange={(value) => void select(value)}
      allowDeselect={false}
      checkIconPosition="right"
      disabled={loading}
      w={{ base: 180, sm: 260, lg: 340 }}
      comboboxProps={{ width: 'max-content', position: 'bottom-end' }}
      data-testid="legal-entity-switcher"
    />
  );
}
