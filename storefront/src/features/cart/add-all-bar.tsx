import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconShoppingCartPlus } from '@tabler/icons-react';
import { errorMessage } from '@wholesail/shared/web';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ADD_CART_LINES_MUTATION } from './cart.queries';
import type { QuantityDrafts } from './quantity-drafts';
import { RoundingChoice } from './rounding-choice';
import { useRounding } from './use-rounding';

type Outcome = { applied: number; refused: number; adjusted: number } | { error: unknown };

/** "Add all to cart": every typed row in one `addCartLines` call; refused rows keep their text and reason. */
export function AddAllBar({ drafts }: { drafts: QuantityDrafts }) {
  const { t } = useTranslation();
  const [rounding, setRounding] = useRounding();
  useSyncExternalStore(drafts.subscribe, drafts.getVersion);
  const [add, { loading }] = useMutation(ADD_CART_LINES_MUTATION);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => drafts.setRounding(rounding), [drafts, rounding]);

  const location = useLocation();
  const count = drafts.count();
  const addAll = async () => {
    const rows = drafts.pending();
    if (rows.length === 0) return;
    try {
      const { data } = await add({
        variables: {
          input: { lines: rows.map(({ productId, quantity }) => ({ productId, quantity })), rounding },
        },
      });
      const change = data?.addCartLines;
      if (!change) return;
      const errors = new Map(change.rowErrors.map((e) => [e.row, e.message]));
      drafts.settle(rows, errors);
      setOutcome({ applied: change.applied, refused: change.rowErrors.length, adjusted: change.adjustments.length });
    } catch (error) {
      setOutcome({ error });
    }
  };

  return (
    <>
      <Group justify="space-between" gap="sm" data-testid="add-all-bar">
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('ordering.rounding.label')}
          </Text>
          <RoundingChoice value={rounding} onChange={setRounding} />
        </Group>
        <Group gap="sm">
          <Button
            component={Link}
            to={`/excel${location.search}`}
            variant="subtle"
            size="xs"
            leftSection={<IconFileSpreadsheet size={14} />}
            data-testid="catalog-excel"
          >
            {t('ordering.excel.title')}
          </Button>
          {count > 0 && (
            <Button variant="subtle" size="xs" onClick={() => drafts.clear()}>
              {t('ordering.draft.clear')}
            </Button>
          )}
          <Button
            leftSection={<IconShoppingCartPlus size={16} />}
            disabled={count === 0}
            loading={loading}
            onClick={() => void addAll()}
            data-testid="add-all"
          >
            {t('ordering.draft.addAll', { n: count })}
          </Button>
        </Group>
      </Group>
      {outcome && 'error' in outcome && (
        <Alert color="red" withCloseButton onClose={() => setOutcome(null)} data-testid="add-all-result">
          {errorMessage(outcome.error, t)}
        </Alert>
      )}
      {outcome && 'applied' in outcome && (
        <Alert
          color={outcome.refused ? 'orange' : 'green'}
          withCloseButton
          onClose={() => setOutcome(null)}
          data-testid="add-all-result"
        >
          <Group gap="xs">
            <Text size="sm">{t('ordering.draft.result', outcome)}</Text>
            <Button component={Link} to="/cart" size="compact-xs" variant="light">
              {t('ordering.cart.open')}
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
