import type { MessageShape } from '@wholesail/shared/web';

import type { ru } from './ru';

export const en: MessageShape<typeof ru> = {
  app: {
    area: 'Administration',
  },
  login: {
    title: 'Staff sign-in',
    subtitle: 'Wholesail administration',
  },
  nav: {
    dashboard: 'Dashboard',
    apiKeys: 'API keys',
    graphiql: 'GraphQL console',
  },
  roles: {
    ADMIN: 'Administrator',
    HEAD_OF_SALES: 'Head of sales',
    SALES_MANAGER: 'Sales manager',
    CATALOG_MANAGER: 'Catalog manager',
  },
  principal: {
    apiKey: 'API key “{{name}}”',
  },
  dashboard: {
    pageTitle: 'Dashboard',
    welcome: 'Hello, {{name}}!',
    text: 'A summary of orders, clients and tasks will appear here.',
  },
  apiKeys: {
    pageTitle: 'API keys',
    description:
      'Keys for integrations (1C, ERP and other systems) to use the admin API. Each key has its own set of permissions.',
    create: 'Create key',
    empty: 'No keys yet.',
    loadFailed: 'Could not load the keys.',
    forbidden: 'Managing API keys requires the MANAGE_API_KEYS permission.',
    columns: {
      name: 'Name',
      prefix: 'Prefix',
      scopes: 'Scopes',
      created: 'Created',
      lastUsed: 'Last used',
      status: 'Status',
      actions: 'Actions',
    },
    createdBy: 'By {{name}}',
    never: 'Never',
    status: {
      active: 'Active',
      revoked: 'Revoked',
    },
    revokedAt: 'Revoked {{date}}',
    createModal: {
      title: 'New API key',
      name: 'Name',
      namePlaceholder: 'E.g. “1C exchange”',
      nameRequired: 'Enter a name',
      nameTooLong: 'At most {{max}} characters',
      scopes: 'Scopes',
      scopesPlaceholder: 'Choose scopes',
      scopesRequired: 'Choose at least one scope',
      submit: 'Create',
      cancel: 'Cancel',
    },
    secretModal: {
      title: 'Key “{{name}}” created',
      warningTitle: 'Copy the key now',
      warning: 'The secret is shown only once. After you close this window it cannot be viewed again.',
      secretLabel: 'Key secret',
      copy: 'Copy',
      copied: 'Copied',
      done: 'Done',
    },
    revoke: 'Revoke',
    revokeModal: {
      title: 'Revoke the key?',
      text: 'Key “{{name}}” stops working at once. Integrations that use it will be refused access. This cannot be undone.',
      confirm: 'Revoke',
      cancel: 'Cancel',
    },
    revoked: 'Key “{{name}}” revoked',
  },
};
