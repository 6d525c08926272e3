import { ActionIcon, Checkbox, Menu, Tooltip } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { CatalogColumn } from './catalog-columns';
import { toggle } from './catalog-url-state';

/** Which columns the table shows; the choice is remembered in the browser. */
export function ColumnChooser({
  columns,
  hidden,
  onChange,
}: {
  columns: readonly CatalogColumn[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('catalog.columnsMenu')}>
          <ActionIcon variant="default" size="lg" aria-label={t('catalog.columnsMenu')} data-testid="column-chooser">
            <IconColumns size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('catalog.columnsMenu')}</Menu.Label>
        {columns
          .filter((c) => !c.required)
          .map((column) => (
            <Menu.Item key={column.id} closeMenuOnClick={false}>
              <Checkbox
                size="xs"
                label={t(column.labelKey)}
                checked={!hidden.includes(column.id)}
                onChange={(event) => onChange(toggle(hidden, column.id, !event.currentTarget.checked))}
              />
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
