// Russian is the primary market language and the source of truth for message keys:
// `en` must have exactly the same shape (checked by the `Messages` type).
export const ru = {
  app: {
    name: 'Wholesail',
    area: 'Администрирование',
    loading: 'Загрузка…',
  },
  language: {
    label: 'Язык',
    ru: 'Русский',
    en: 'English',
  },
  errors: {
    network: 'Нет связи с сервером. Проверьте подключение и повторите попытку.',
    sessionExpired: 'Сеанс завершён. Войдите снова.',
    forbidden: 'Недостаточно прав для этого действия.',
    unexpected: 'Что-то пошло не так. Повторите попытку позже.',
  },
  login: {
    pageTitle: 'Вход',
    title: 'Вход для сотрудников',
    subtitle: 'Панель администрирования Wholesail',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    emailRequired: 'Введите адрес электронной почты',
    emailInvalid: 'Проверьте адрес электронной почты',
    passwordRequired: 'Введите пароль',
    togglePassword: 'Показать или скрыть пароль',
    failedTitle: 'Не удалось войти',
    invalidCredentials: 'Неверный адрес электронной почты или пароль.',
    tooManyAttempts: 'Вход временно заблокирован после нескольких неудачных попыток. Осталось ждать: {{time}}.',
  },
  nav: {
    label: 'Разделы',
    dashboard: 'Обзор',
    apiKeys: 'API-ключи',
    graphiql: 'GraphQL-консоль',
    openMenu: 'Открыть меню',
  },
  comingSoon: {
    title: 'Раздел «{{section}}» скоро появится',
    text: 'Мы работаем над этим разделом. Загляните позже.',
  },
  header: {
    userMenu: 'Меню пользователя',
    logout: 'Выйти',
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
  errorPage: {
    title: 'Что-то пошло не так',
    text: 'Страница не смогла отобразиться. Обновите её; если ошибка повторится, сообщите нам.',
    reload: 'Обновить страницу',
  },
  notFound: {
    pageTitle: 'Страница не найдена',
    title: 'Такой страницы нет',
    back: 'На главную',
  },
};

export type Messages = DeepStrings<typeof ru>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
