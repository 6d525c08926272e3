import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CART_BADGE_QUERY, CREATE_SHORT_LIST_MUTATION } from '../cart/cart.queries';
import { NoAccess } from '../shell/no-access';
import {
  ADD_SHORT_LIST_TO_CART_MUTATION,
  APPLY_TEMPLATE_MUTATION,
  DELETE_SHORT_LIST_MUTATION,
  DELETE_TEMPLATE_MUTATION,
  LISTS_PAGE_QUERY,
  SAVE_TEMPLATE_MUTATION,
  UPDATE_SHORT_LIST_MUTATION,
} from './lists.queries';

interface Row {
  id: string;
  name: string;
  shared: boolean;
  mine: boolean;
  editable?: boolean;
  ownerName: string;
  itemCount: number;
  updatedAt: string;
}

/** Short lists (items bought often) and templates (saved carts): create, share in the company, put into the cart. */
export function ListsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const { data, loading, error } = useQuery(LISTS_PAGE_QUERY, { skip: !canOrder, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [LISTS_PAGE_QUERY];
  const [createList] = useMutation(CREATE_SHORT_LIST_MUTATION, { refetchQueries });
  const [saveTemplate] = useMutation(SAVE_TEMPLATE_MUTATION, { refetchQueries });
  const [addList] = useMutation(ADD_SHORT_LIST_TO_CART_MUTATION, { refetchQueries: [CART_BADGE_QUERY] });
  const [applyTemplate] = useMutation(APPLY_TEMPLATE_MUTATION, { refetchQueries: [CART_BADGE_QUERY] });
  const [updateList] = useMutation(UPDATE_SHORT_LIST_MUTATION);
  const [deleteList] = useMutation(DELETE_SHORT_LIST_MUTATION, { refetchQueries });
  const [deleteTemplate] = useMutation(DELETE_TEMPLATE_MUTATION, { refetchQueries });
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);

  if (session && !canOrder) return <NoAccess />;

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notifications.show({ color: 'green', message: done });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  const toCart = (kind: 'list' | 'template', id: string) =>
    run(async () => {
      const result =
        kind === 'list'
          ? (await addList({ variables: { id } })).data?.addShortListToCart
          : (await applyTemplate({ variables: { id } })).data?.applyOrderTemplate;
      if (result) {
        notifications.show({
          color: result.rowErrors.length ? 'orange' : 'green',
          message: t('ordering.lists.added', { n: result.applied, refused: result.rowErrors.length }),
        });
      }
    });

  const table = (rows: readonly Row[], kind: 'list' | 'template') =>
    rows.length === 0 ? (
      <Text c="dimmed" mt="sm" data-testid={`${kind}-empty`}>
        {t('ordering.lists.empty')}
      </Text>
    ) : (
      <Table data-testid={`${kind}-table`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ordering.lists.name')}</Table.Th>
            <Table.Th>{t('ordering.lists.owner')}</Table.Th>
            <Table.Th>{t('ordering.lists.items')}</Table.Th>
            <Table.Th>{t('ordering.lists.updated')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid={`${kind}-row`}>
              <Table.Td>
                {kind === 'list' ? (
                  <Anchor component={Link} to={`/lists/${row.id}`} data-testid="list-open">
                    {row.name}
                  </Anchor>
                ) : (
                  row.name
                )}{' '}
                {row.shared && (
                  <Badge size="xs" variant="light">
                    {t('ordering.lists.shared')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{row.ownerName}</Table.Td>
              <Table.Td>{row.itemCount}</Table.Td>
              <Table.Td>{format.dateTime(row.updatedAt)}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="compact-xs" onClick={() => void toCart(kind, row.id)} data-testid={`${kind}-to-cart`}>
                    {t('ordering.lists.toCart')}
                  </Button>
                  {row.mine && kind === 'list' && (
                    <Switch
                      size="xs"
                      label={t('ordering.lists.share')}
                      checked={row.shared}
                      onChange={(e) => {
                        const value = e.currentTarget.checked;
                        void run(() => updateList({ variables: { id: row.id, shared: value } }));
                      }}
                    />
                  )}
                  {(kind === 'list' ? row.editable : row.mine) && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        void run(() =>
                          kind === 'list'
                            ? deleteList({ variables: { id: row.id } })
                            : deleteTemplate({ variables: { id: row.id } }),
                        )
                      }
                    >
                      {t('ordering.lists.delete')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack gap="md" maw={1100}>
      <PageTitle title={t('ordering.lists.title')} />
      <Title order={1} size="h3">
        {t('ordering.lists.title')}
      </Title>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !data && <Loader />}
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('ordering.lists.newName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={200}
          data-testid="list-name"
        />
        <Switch
          label={t('ordering.lists.shareInCompany')}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
          mb={8}
        />
        <Button
          variant="light"
          disabled={!name.trim()}
          onClick={() =>
            void run(async () => {
              await createList({ variables: { input: { name: name.trim(), shared } } });
              setName('');
            })
          }
          data-testid="create-list"
        >
          {t('ordering.lists.createList')}
        </Button>
        <Button
          variant="light"
          disabled={!name.trim()}
          onClick={() =>
            void run(async () => {
              await saveTemplate({ variables: { input: { name: name.trim(), shared } } });
              setName('');
            }, t('ordering.lists.saved'))
          }
          data-testid="save-template"
        >
          {t('ordering.lists.saveCart')}
        </Button>
      </Group>
      {data && (
        <Tabs defaultValue="lists">
          <Tabs.List>
            <Tabs.Tab value="lists">{t('ordering.lists.shortLists', { n: data.shortLists.length })}</Tabs.Tab>
            <Tabs.Tab value="templates">{t('ordering.lists.templates', { n: data.orderTemplates.length })}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="lists">{table(data.shortLists, 'list')}</Tabs.Panel>
          <Tabs.Panel value="templates">{table(data.orderTemplates, 'template')}</Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
