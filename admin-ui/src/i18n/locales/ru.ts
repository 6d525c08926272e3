import type { WithCommonMessages } from '@wholesail/shared/web';

// The admin UI's own messages, laid over the common ones from @wholesail/shared/web.
// Russian is the primary market language and the source of truth for keys: `en` must have
// exactly the same shape (checked by its type).
export const ru = {
  app: {
    area: 'Администрирование',
  },
  login: {
    title: 'Вход для сотрудников',
    subtitle: 'Панель администрирования Wholesail',
  },
  nav: {
    dashboard: 'Обзор',
    apiKeys: 'API-ключи',
    graphiql: 'GraphQL-консоль',
  },
  roles: {
    ADMIN: 'Администратор',
    HEAD_OF_SALES: 'Руководитель отдела продаж',
    SALES_MANAGER: 'Менеджер по продажам',
    CATALOG_MANAGER: 'Контент-менеджер каталога',
  },
  principal: {
    apiKey: 'API-ключ «{{name}}»',
  },
  dashboard: {
    pageTitle: 'Обзор',
    welcome: 'Здравствуйте, {{name}}!',
    text: 'Здесь появятся сводка по заказам, клиентам и задачам.',
  },
  apiKeys: {
    pageTitle: 'API-ключи',
    description:
      'Ключи для интеграций (1С, ERP и другие системы) с доступом к административному API. У каждого ключа свой набор прав.',
    create: 'Создать ключ',
    empty: 'Ключей пока нет.',
    loadFailed: 'Не удалось загрузить ключи.',
    forbidden: 'Для управления API-ключами нужно право MANAGE_API_KEYS.',
    columns: {
      name: 'Название',
      prefix: 'Префикс',
      scopes: 'Права',
      created: 'Создан',
      lastUsed: 'Последнее использование',
      status: 'Статус',
      actions: 'Действия',
    },
    createdBy: 'Создал: {{name}}',
    never: 'Не использовался',
    status: {
      active: 'Активен',
      revoked: 'Отозван',
    },
    revokedAt: 'Отозван {{date}}',
    createModal: {
      title: 'Новый API-ключ',
      name: 'Название',
      namePlaceholder: 'Например, «Обмен с 1С»',
      nameRequired: 'Введите название',
      nameTooLong: 'Не длиннее {{max}} символов',
      scopes: 'Права доступа',
      scopesPlaceholder: 'Выберите права',
      scopesRequired: 'Выберите хотя бы одно право',
      submit: 'Создать',
      cancel: 'Отмена',
    },
    secretModal: {
      title: 'Ключ «{{name}}» создан',
      warningTitle: 'Скопируйте ключ сейчас',
      warning: 'Секрет показан только один раз. После закрытия окна его нельзя будет посмотреть снова.',
      secretLabel: 'Секрет ключа',
      copy: 'Копировать',
      copied: 'Скопировано',
      done: 'Готово',
    },
    revoke: 'Отозвать',
    revokeModal: {
      title: 'Отозвать ключ?',
      text: 'Ключ «{{name}}» перестанет работать сразу. Интеграции, которые им пользуются, получат отказ в доступе. Отменить это нельзя.',
      confirm: 'Отозвать',
      cancel: 'Отмена',
    },
    revoked: 'Ключ «{{name}}» отозван',
  },
};

/** Everything `t()` knows in the admin UI: the common messages with these over them. */
export type AdminMessages = WithCommonMessages<typeof ru>;
