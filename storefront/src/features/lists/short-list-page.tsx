import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { parseQuantityText } from '@wholesail/shared';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import type { ShortListChangeFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CART_BADGE_QUERY } from '../cart/cart.queries';
import { RoundingChoice } from '../cart/rounding-choice';
import { useRounding } from '../cart/use-rounding';
import { NoAccess } from '../shell/no-access';
import {
  ADD_SHORT_LIST_SKUS_MUTATION,
  ADD_SHORT_LIST_TO_CART_MUTATION,
  DELETE_SHORT_LIST_MUTATION,
  LISTS_PAGE_QUERY,
  REMOVE_FROM_SHORT_LIST_MUTATION,
  RENAME_SHORT_LIST_MUTATION,
  SHORT_LIST_QUERY,
  UPDATE_SHORT_LIST_ITEMS_MUTATION,
} from './lists.queries';
import { readSkuLines } from './sku-lines';

const KNOWN_ERRORS = [
  'NOT_FOUND',
  'DISCONTINUED',
  'NOT_POSITIVE',
  'TOO_PRECISE',
  'BELOW_MINIMUM',
  'NOT_MULTIPLE',
  'UNKNOWN_PACKAGING',
] as const;
const isKnownError = (code: string): code is (typeof KNOWN_ERRORS)[number] =>
  (KNOWN_ERRORS as readonly string[]).includes(code);

/** One short list: quantities changed in place, items removed or added by SKU, renamed, deleted, put into the cart. */
export function ShortListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const { data, loading, error } = useQuery(SHORT_LIST_QUERY, { variables: { id }, skip: !canOrder || !id });
  const [rounding, setRounding] = useRounding();
  const [updateItems] = useMutation(UPDATE_SHORT_LIST_ITEMS_MUTATION);
  const [addSkus, adding] = useMutation(ADD_SHORT_LIST_SKUS_MUTATION);
  const [rename] = useMutation(RENAME_SHORT_LIST_MUTATION);
  const [removeItems] = useMutation(REMOVE_FROM_SHORT_LIST_MUTATION);
  const [deleteList] = useMutation(DELETE_SHORT_LIST_MUTATION, { refetchQueries: [LISTS_PAGE_QUERY] });
  const [toCart] = useMutation(ADD_SHORT_LIST_TO_CART_MUTATION, { refetchQueries: [CART_BADGE_QUERY] });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [name, setName] = useState<string | null>(null);
  const [skuText, setSkuText] = useState('');
  const [report, setReport] = useState<{ errors: { row: string; message: string }[]; adjusted: string[] } | null>(null);

  if (session && !canOrder) return <NoAccess />;
  const list = data?.shortList;

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notifications.show({ color: 'green', message: done });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  /** A change's row errors and roundings in the buyer's language, rows named by `rowLabel`. */
  const describe = (change: ShortListChangeFieldsFragment, rowLabel: (row: number) => string) => ({
    errors: change.rowErrors.map((e) => {
      let message = e.message;
      if (e.errorCode === 'UNKNOWN_SKU') {
        const unknown = change.unknownSkus.find((u) => u.row === e.row);
        const similar = unknown?.suggestions ?? [];
        message = `${t('ordering.quick.unknown', { sku: unknown?.sku ?? e.key ?? '' })}. ${
          similar.length ? `${t('ordering.quick.suggestions')}${similar.join(', ')}` : t('ordering.quick.noSuggestions')
        }`;
      } else if (isKnownError(e.errorCode)) {
        message = t(`ordering.lists.error.${e.errorCode}`);
      }
      return { row: rowLabel(e.row), message };
    }),
    adjusted: change.adjustments.map(
      (a) =>
        `${rowLabel(a.row)}: ${t('ordering.lists.adjusted', { quantity: format.decimal(a.baseQuantity, { maxFractionDigits: 6 }) })}`,
    ),
  });
  const showReport = (change: ShortListChangeFieldsFragment, rowLabel: (row: number) => string) =>
    setReport(describe(change, rowLabel));

  const saveQuantity = (itemId: string, text: string, sku: string) =>
    run(async () => {
      let quantity: string | null = null;
      if (text.trim()) {
        const parsed = parseQuantityText(text);
        if (!parsed.ok) {
          setReport({ errors: [{ row: sku, message: t(`ordering.problem.${parsed.problem}`) }], adjusted: [] });
          return;
        }
        quantity = parsed.value;
      }
      const change = (await updateItems({ variables: { id, input: { items: [{ itemId, quantity }], rounding } } })).data
        ?.updateShortListItems;
      // The saved text leaves the box to the stored value; a text typed while saving stays, to be saved next.
      setDrafts((d) => {
        if (d[itemId] !== text) return d;
        const next = { ...d };
        delete next[itemId];
        return next;
      });
      if (change) showReport(change, () => sku);
    });

  const addBySku = () =>
    run(async () => {
      const { lines, bad } = readSkuLines(skuText);
      if (!lines.length && !bad.length) return;
      const change = lines.length
        ? (
            await addSkus({
              variables: { id, input: { lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), rounding } },
            })
          ).data?.addShortListItemsBySku
        : null;
      const label = (row: number) => t('ordering.lists.line', { line: lines[row - 1]?.line ?? row });
      const described = change ? describe(change, label) : { errors: [], adjusted: [] };
      setReport({
        errors: [
          ...bad.map((b) => ({
            row: t('ordering.lists.line', { line: b.line }),
            message: t('ordering.lists.badLine'),
          })),
          ...described.errors,
        ],
        adjusted: described.adjusted,
      });
      if (change) {
        notifications.show({
          color: change.rowErrors.length || bad.length ? 'orange' : 'green',
          message: t('ordering.lists.addedItems', { n: change.applied, refused: change.rowErrors.length + bad.length }),
        });
        // Keep only the lines that were not taken, so the buyer can fix them.
        const refused = new Set(change.rowErrors.map((e) => lines[e.row - 1]?.line));
        for (const b of bad) refused.add(b.line);
        setSkuText(
          skuText
            .split(/\r?\n/)
            .filter((_, i) => refused.has(i + 1))
            .join('\n'),
        );
      }
    });

  return (
    <Stack gap="md" maw={1100}>
      <PageTitle title={list?.name ?? t('ordering.lists.title')} />
      <Anchor component={Link} to="/lists" size="sm">
        ← {t('ordering.lists.title')}
      </Anchor>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !data && <Loader />}
      {list && (
        <>
          <Group justify="space-between" align="flex-end">
            {list.editable ? (
              <Group align="flex-end" gap="sm">
                <TextInput
                  label={t('ordering.lists.name')}
                  value={name ?? list.name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  maxLength={200}
                  w={320}
                  data-testid="list-rename"
                />
                <Button
                  variant="light"
                  disabled={!name?.trim() || name.trim() === list.name}
                  onClick={() =>
                    void run(async () => {
                      await rename({ variables: { id, name: name!.trim() } });
                      setName(null);
                    }, t('ordering.lists.renamed'))
                  }
                  data-testid="list-rename-save"
                >
                  {t('ordering.lists.rename')}
                </Button>
              </Group>
            ) : (
              <Title order={1} size="h3" data-testid="list-title">
                {list.name}
              </Title>
            )}
            <Group gap="sm">
              {list.shared && <Badge variant="light">{t('ordering.lists.shared')}</Badge>}
              <Text size="sm" c="dimmed">
                {t('ordering.lists.owner')}: {list.ownerName}
              </Text>
              <Button
                onClick={() =>
                  void run(async () => {
                    const r = (await toCart({ variables: { id } })).data?.addShortListToCart;
                    if (r)
                      notifications.show({
                        color: r.rowErrors.length ? 'orange' : 'green',
                        message: t('ordering.lists.added', { n: r.applied, refused: r.rowErrors.length }),
                      });
                  })
                }
                data-testid="list-to-cart"
              >
                {t('ordering.lists.toCart')}
              </Button>
              {list.editable && (
                <Button
                  color="red"
                  variant="subtle"
                  onClick={() =>
                    void run(async () => {
                      await deleteList({ variables: { id } });
                      void navigate('/lists');
                    }, t('ordering.lists.deleted'))
                  }
                  data-testid="list-delete"
                >
                  {t('ordering.lists.delete')}
                </Button>
              )}
            </Group>
          </Group>
          {!list.editable && <Alert color="gray">{t('ordering.lists.readOnly')}</Alert>}

          {list.editable && (
            <Stack gap={6}>
              <Group align="flex-end" gap="sm">
                <Textarea
                  label={t('ordering.lists.addTitle')}
                  description={t('ordering.lists.addHint')}
                  placeholder={'ABC-123 10\n4601234567890'}
                  value={skuText}
                  onChange={(e) => setSkuText(e.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxRows={8}
                  w={420}
                  ff="monospace"
                  data-testid="list-add-skus"
                />
                <Button
                  loading={adding.loading}
                  disabled={!skuText.trim()}
                  onClick={() => void addBySku()}
                  data-testid="list-add-submit"
                >
                  {t('ordering.lists.add')}
                </Button>
                <RoundingChoice value={rounding} onChange={setRounding} />
              </Group>
            </Stack>
          )}

          {report && (report.errors.length > 0 || report.adjusted.length > 0) && (
            <Alert
              color={report.errors.length ? 'orange' : 'blue'}
              withCloseButton
              onClose={() => setReport(null)}
              data-testid="list-report"
            >
              {report.errors.map((e, i) => (
                <Text size="sm" key={`e${i}`} data-testid="list-row-error">
                  {e.row}: {e.message}
                </Text>
              ))}
              {report.adjusted.map((a, i) => (
                <Text size="sm" key={`a${i}`} c="dimmed" data-testid="list-adjusted">
                  {a}
                </Text>
              ))}
            </Alert>
          )}

          {list.items.length === 0 ? (
            <Text c="dimmed" data-testid="list-items-empty">
              {t('ordering.lists.empty')}
            </Text>
          ) : (
            <Table data-testid="list-items" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ordering.lists.sku')}</Table.Th>
                  <Table.Th>{t('ordering.lists.product')}</Table.Th>
                  <Table.Th>{t('ordering.lists.unit')}</Table.Th>
                  <Table.Th w={160}>{t('ordering.lists.quantity')}</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((item) => {
                  const shown = item.quantity === null ? '' : format.decimal(item.quantity, { maxFractionDigits: 6 });
                  const draft = drafts[item.id];
                  const commit = () => {
                    if (draft !== undefined && draft !== shown) void saveQuantity(item.id, draft, item.product.sku);
                  };
                  return (
                    <Table.Tr key={item.id} data-testid="list-item" data-sku={item.product.sku}>
                      <Table.Td ff="monospace">{item.product.sku}</Table.Td>
                      <Table.Td>
                        {item.product.name}{' '}
                        {!item.product.active && (
                          <Badge color="red" size="xs" variant="light">
                            {t('ordering.lists.discontinued')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{item.packagingCode ?? item.product.unit.shortName}</Table.Td>
                      <Table.Td>
                        {list.editable ? (
                          <TextInput
                            size="xs"
                            value={draft ?? shown}
                            placeholder={t('ordering.lists.noQuantity')}
                            onChange={(e) => {
                              const value = e.currentTarget.value;
                              setDrafts((d) => ({ ...d, [item.id]: value }));
                            }}
                            onBlur={commit}
                            onKeyDown={(e) => {
                              if (e.key === 'Enter') commit();
                            }}
                            aria-label={t('ordering.lists.quantity')}
                            data-testid="item-quantity"
                          />
                        ) : (
                          shown || '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {list.editable && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('ordering.lists.remove')}
                            onClick={() => void run(() => removeItems({ variables: { id, itemIds: [item.id] } }))}
                            data-testid="item-remove"
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
