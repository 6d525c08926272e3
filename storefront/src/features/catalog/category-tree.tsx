import { NavLink, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useFormat } from '@wholesail/shared/web';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CatalogTreeQuery } from '../../gql/graphql';

type Category = CatalogTreeQuery['categories'][number];

interface CategoryTreeProps {
  categories: readonly Category[] | undefined;
  selectedId: string | null;
  onSelect: (categoryId: string | null) => void;
}

/** The catalog tree on the side: the selected category's branch is open; others open on click. */
export function CategoryTree({ categories, selectedId, onSelect }: CategoryTreeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [toggled, setToggled] = useState<Record<string, boolean>>({});

  const { children, selectedPath, total } = useMemo(() => {
    const map = new Map<string | null, Category[]>();
    for (const c of categories ?? []) {
      const list = map.get(c.parentId) ?? [];
      list.push(c);
      map.set(c.parentId, list);
    }
    const selected = categories?.find((c) => c.id === selectedId);
    const roots = map.get(null) ?? [];
    return {
      children: map,
      selectedPath: new Set(selected?.path ?? []),
      total: roots.reduce((sum, c) => sum + c.productCount, 0),
    };
  }, [categories, selectedId]);

  if (!categories) {
    return (
      <Stack gap={6}>
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} h={24} />
        ))}
      </Stack>
    );
  }

  const render = (parentId: string | null) =>
    (children.get(parentId) ?? []).map((category) => {
      const kids = children.get(category.id);
      const opened = toggled[category.id] ?? selectedPath.has(category.id);
      return (
        <NavLink
          key={category.id}
          label={category.name}
          rightSection={
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {format.integer(category.productCount)}
            </Text>
          }
          leftSection={
            kids ? (
              <IconChevronRight
                size={14}
                style={{ transform: opened ? 'rotate(90deg)' : undefined, transition: 'transform 150ms' }}
                onClick={(event) => {
                  event.stopPropagation();
                  setToggled((state) => ({ ...state, [category.id]: !opened }));
                }}
              />
            ) : (
              <span style={{ width: 14, display: 'inline-block' }} />
            )
          }
          active={category.id === selectedId}
          opened={Boolean(kids) && opened}
          onClick={() => {
            if (kids) setToggled((state) => ({ ...state, [category.id]: true }));
            onSelect(category.id);
          }}
          component="button"
          // The count is the right section: it must not turn with the opened state like a chevron.
          disableRightSectionRotation
          childrenOffset={14}
          py={4}
          data-testid="category"
          aria-current={category.id === selectedId ? 'true' : undefined}
        >
          {kids ? render(category.id) : undefined}
        </NavLink>
      );
    });

  return (
    <ScrollArea.Autosize mah="45vh" type="auto" offsetScrollbars>
      <nav aria-label={t('catalog.categories')}>
        <NavLink
          label={t('catalog.allCategories')}
          rightSection={
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {format.integer(total)}
            </Text>
          }
          active={selectedId === null}
          onClick={() => onSelect(null)}
          component="button"
          py={4}
          data-testid="category"
        />
        {render(null)}
      </nav>
    </ScrollArea.Autosize>
  );
}
