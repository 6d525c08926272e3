/**
 * E-mail texts in ru and en. Each template gives a subject and a plain-text body; the HTML body is
 * the same text with links made clickable, so both always say the same thing.
 */
export type MailLocale = 'ru' | 'en';
export const MAIL_LOCALES: readonly MailLocale[] = ['ru', 'en'];

export interface MailParams {
  registration_verify: { name: string; verifyUrl: string; statusUrl: string };
  registration_approved: { name: string; companyName: string; setPasswordUrl: string | null; loginUrl: string };
  registration_rejected: { name: string; companyName: string; reason: string };
  user_invited: { name: string; companyName: string; setPasswordUrl: string | null; loginUrl: string };
  password_reset: { name: string; resetUrl: string };
  staff_invited: { name: string; setPasswordUrl: string };
  order_approval_requested: {
    name: string;
    buyerName: string;
    orderNumber: string;
    amount: string;
    /** Which limit and the figures, in the recipient's language (order-limits.ts). */
    reason: string;
    url: string;
  };
  order_approval_expired: { name: string; orderNumber: string; hours: number; url: string };
  special_price_requested: { name: string; companyName: string; number: number; lines: number; url: string };
  special_price_decided: {
    name: string;
    number: number;
    decision: 'APPROVED' | 'COUNTER_OFFERED' | 'REJECTED';
    comment: string | null;
    validUntil: string | null;
    url: string;
  };
}
export type MailTemplate = keyof MailParams;

interface Rendered {
  subject: string;
  text: string;
}

type Texts = { [T in MailTemplate]: Record<MailLocale, (p: MailParams[T]) => Rendered> };

const TEXTS: Texts = {
  order_approval_requested: {
    ru: (p) => ({
      subject: `Заказ ${p.orderNumber} ждёт вашего согласования`,
      text: `Здравствуйте, ${p.name}!\n\n${p.buyerName} оформил заказ ${p.orderNumber} на сумму ${p.amount}, это выше его лимита: ${p.reason}. Товар зарезервирован; заказ уйдёт поставщику после вашего согласования.\n\nСогласовать или отклонить:\n${p.url}`,
    }),
    en: (p) => ({
      subject: `Order ${p.orderNumber} awaits your approval`,
      text: `Hello ${p.name},\n\n${p.buyerName} placed order ${p.orderNumber} for ${p.amount}, above his limit: ${p.reason}. The goods are reserved; the order goes to the seller once you approve it.\n\nApprove or reject:\n${p.url}`,
    }),
  },
  order_approval_expired: {
    ru: (p) => ({
      subject: `Заказ ${p.orderNumber} отменён: его не согласовали`,
      text: `Здравствуйте, ${p.name}!\n\nЗаказ ${p.orderNumber} ждал согласования руководителя дольше ${p.hours} ч и отменён автоматически; резерв товара снят. Если заказ ещё нужен, повторите его и попросите руководителя согласовать.\n\nЗаказ:\n${p.url}`,
    }),
    en: (p) => ({
      subject: `Order ${p.orderNumber} cancelled: not approved in time`,
      text: `Hello ${p.name},\n\nOrder ${p.orderNumber} waited for a director's approval longer than ${p.hours} hours and was cancelled automatically; the reserved goods were released. If you still need it, repeat the order and ask a director to approve it.\n\nThe order:\n${p.url}`,
    }),
  },
  registration_verify: {
    ru: (p) => ({
      subject: 'Подтвердите адрес электронной почты',
      text: `Здравствуйте, ${p.name}!\n\nМы получили вашу заявку на регистрацию. Чтобы мы могли её рассмотреть, подтвердите адрес электронной почты:\n${p.verifyUrl}\n\nСтатус заявки всегда можно посмотреть здесь:\n${p.statusUrl}\n\nЕсли вы не отправляли заявку, просто не отвечайте на это письмо.`,
    }),
    en: (p) => ({
      subject: 'Confirm your e-mail address',
      text: `Hello ${p.name},\n\nWe have received your registration request. To let us review it, please confirm your e-mail address:\n${p.verifyUrl}\n\nYou can check the status of your request here at any time:\n${p.statusUrl}\n\nIf you did not send this request, please ignore this e-mail.`,
    }),
  },
  registration_approved: {
    ru: (p) => ({
      subject: `Заявка одобрена: ${p.companyName}`,
      text: `Здравствуйте, ${p.name}!\n\nВаша заявка одобрена, доступ к «${p.companyName}» открыт.\n${p.setPasswordUrl ? `Задайте пароль для входа по ссылке (она действует 7 дней и срабатывает один раз):\n${p.setPasswordUrl}` : `Войдите со своим обычным паролем:\n${p.loginUrl}`}`,
    }),
    en: (p) => ({
      subject: `Request approved: ${p.companyName}`,
      text: `Hello ${p.name},\n\nYour request has been approved: you now have access to “${p.companyName}”.\n${p.setPasswordUrl ? `Set your password with this link (valid for 7 days, works once):\n${p.setPasswordUrl}` : `Log in with your usual password:\n${p.loginUrl}`}`,
    }),
  },
  registration_rejected: {
    ru: (p) => ({
      subject: 'Заявка на регистрацию отклонена',
      text: `Здравствуйте, ${p.name}!\n\nК сожалению, заявка на регистрацию «${p.companyName}» отклонена.\nПричина: ${p.reason}\n\nЕсли вы не согласны, ответьте на это письмо.`,
    }),
    en: (p) => ({
      subject: 'Registration request declined',
      text: `Hello ${p.name},\n\nUnfortunately the registration request for “${p.companyName}” has been declined.\nReason: ${p.reason}\n\nIf you disagree, please reply to this e-mail.`,
    }),
  },
  user_invited: {
    ru: (p) => ({
      subject: `Приглашение в «${p.companyName}»`,
      text: `Здравствуйте, ${p.name}!\n\nВас добавили в личный кабинет «${p.companyName}».\n${p.setPasswordUrl ? `Задайте пароль по ссылке (она действует 7 дней и срабатывает один раз):\n${p.setPasswordUrl}` : `Войдите со своим обычным паролем:\n${p.loginUrl}`}`,
    }),
    en: (p) => ({
      subject: `Invitation to “${p.companyName}”`,
      text: `Hello ${p.name},\n\nYou have been added to the “${p.companyName}” account.\n${p.setPasswordUrl ? `Set your password with this link (valid for 7 days, works once):\n${p.setPasswordUrl}` : `Log in with your usual password:\n${p.loginUrl}`}`,
    }),
  },
  password_reset: {
    ru: (p) => ({
      subject: 'Восстановление пароля',
      text: `Здравствуйте, ${p.name}!\n\nЧтобы задать новый пароль, откройте ссылку (она действует 1 час и срабатывает один раз):\n${p.resetUrl}\n\nЕсли вы не запрашивали восстановление, просто не отвечайте на это письмо: пароль останется прежним.`,
    }),
    en: (p) => ({
      subject: 'Password reset',
      text: `Hello ${p.name},\n\nTo set a new password, open this link (valid for 1 hour, works once):\n${p.resetUrl}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.`,
    }),
  },
  staff_invited: {
    ru: (p) => ({
      subject: 'Доступ к панели управления Wholesail',
      text: `Здравствуйте, ${p.name}!\n\nДля вас создана учётная запись сотрудника. Задайте пароль по ссылке (она действует 7 дней и срабатывает один раз):\n${p.setPasswordUrl}`,
    }),
    en: (p) => ({
      subject: 'Your Wholesail admin account',
      text: `Hello ${p.name},\n\nA staff account has been created for you. Set your password with this link (valid for 7 days, works once):\n${p.setPasswordUrl}`,
    }),
  },
  special_price_requested: {
    ru: (p) => ({
      subject: `Запрос спеццены №${p.number}: ${p.companyName}`,
      text: `Здравствуйте, ${p.name}!\n\nКлиент «${p.companyName}» просит специальную цену (позиций: ${p.lines}).\nРассмотрите запрос:\n${p.url}`,
    }),
    en: (p) => ({
      subject: `Special price request ${p.number}: ${p.companyName}`,
      text: `Hello ${p.name},\n\n“${p.companyName}” asks for a special price (${p.lines} item(s)).\nPlease review the request:\n${p.url}`,
    }),
  },
  special_price_decided: {
    ru: (p) => ({
      subject: `Запрос спеццены №${p.number}: ${{ APPROVED: 'одобрен', COUNTER_OFFERED: 'встречное предложение', REJECTED: 'отклонён' }[p.decision]}`,
      text: `Здравствуйте, ${p.name}!\n\n${
        {
          APPROVED: `Ваш запрос №${p.number} одобрен${p.validUntil ? `, цены действуют до ${p.validUntil}` : ''}.`,
          COUNTER_OFFERED: `По запросу №${p.number} менеджер предлагает свои цены. Примите или отклоните предложение.`,
          REJECTED: `Ваш запрос №${p.number} отклонён.`,
        }[p.decision]
      }${p.comment ? `\nКомментарий: ${p.comment}` : ''}\n\n${p.url}`,
    }),
    en: (p) => ({
      subject: `Special price request ${p.number}: ${{ APPROVED: 'approved', COUNTER_OFFERED: 'counter-offer', REJECTED: 'declined' }[p.decision]}`,
      text: `Hello ${p.name},\n\n${
        {
          APPROVED: `Your request ${p.number} has been approved${p.validUntil ? `; the prices hold until ${p.validUntil}` : ''}.`,
          COUNTER_OFFERED: `Your manager offers other prices for request ${p.number}. Please accept or decline the offer.`,
          REJECTED: `Your request ${p.number} has been declined.`,
        }[p.decision]
      }${p.comment ? `\nComment: ${p.comment}` : ''}\n\n${p.url}`,
    }),
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'en' ? 'en' : 'ru';
}

export function renderMail<T extends MailTemplate>(
  template: T,
  locale: string | null | undefined,
  params: MailParams[T],
): { subject: string; text: string; html: string } {
  const render = TEXTS[template][mailLocale(locale)];
  const { subject, text } = render(params);
  const html = escapeHtml(text)
    .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
    .split('\n\n')
    .map((para) => `<p>${para.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return { subject, text, html: `<!doctype html><html><body style="font-family:sans-serif">${html}</body></html>` };
}
