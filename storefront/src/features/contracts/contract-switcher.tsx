import { useApolloClient, useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { SessionFieldsFragment } from '../../gql/graphql';
import { SWITCH_CONTRACT_MUTATION } from './contracts.queries';

/**
 * Next to the legal entity switcher when the active legal entity has several valid contracts
 * (`me.availableContracts`: exactly the ones `switchContract` accepts). Prices, terms and the cart
 * follow the contract, so after a switch the whole store is reset and every query refetches.
 */
export function ContractSwitcher({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const [switchContract, { loading }] = useMutation(SWITCH_CONTRACT_MUTATION);
  const contracts = session.availableContracts;
  if (contracts.length < 2) return null;

  const select = async (contractId: string | null) => {
    if (!contractId || contractId === session.activeContract?.id) return;
    try {
      const { data } = await switchContract({ variables: { contractId } });
      const outcome = data?.switchContract;
      if (outcome?.__typename === 'ShopSession') {
        await client.resetStore();
        notifications.show({
          color: 'teal',
          message: t('contract.switched', { number: outcome.activeContract?.number ?? '' }),
        });
      } else if (outcome?.__typename === 'NotFoundError') {
        notifications.show({ color: 'red', message: t('contract.notFound') });
        await client.resetStore();
      }
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Select
      aria-label={t('header.contract')}
      title={t('header.contract')}
      placeholder={t('contract.none')}
      data={contracts.map((contract) => ({
        value: contract.id,
        label: t('contract.option', { number: contract.number, date: format.day(contract.date) }),
      }))}
      value={session.activeContract?.id ?? null}
      onChange={(value) => void select(value)}
      allowDeselect={false}
      checkIconPosition="right"
      disabled={loading}
      w={{ base: 150, lg: 220 }}
      comboboxProps={{ width: 'max-content', position: 'bottom-end' }}
      data-testid="contract-switcher"
    />
  );
}
