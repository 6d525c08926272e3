import { MAIL_LOCALES, renderMail } from './mail-templates';

describe('mail templates', () => {
  it('render every template in every language with the links in both bodies', () => {
    for (const locale of MAIL_LOCALES) {
      const mail = renderMail('password_reset', locale, { name: 'Анна', resetUrl: 'https://x.test/reset?token=a&b' });
      expect(mail.subject).toBeTruthy();
      expect(mail.text).toContain('https://x.test/reset?token=a&b');
      expect(mail.html).toContain('<a href="https://x.test/reset?token=a&amp;b">');
    }
    expect(renderMail('staff_invited', 'en', { name: 'A', setPasswordUrl: 'u' }).subject).toMatch(/admin account/);
    expect(renderMail('staff_invited', 'ru', { name: 'A', setPasswordUrl: 'u' }).subject).toMatch(/Доступ/);
  });

  it('falls back to Russian for unknown languages and escapes HTML', () => {
    const mail = renderMail('registration_rejected', 'de', { name: '<b>', companyName: 'A & B', reason: 'x' });
    expect(mail.subject).toBe('Заявка на регистрацию отклонена');
    expect(mail.html).toContain('&lt;b&gt;');
    expect(mail.html).toContain('A &amp; B');
  });

  it('offers the set-password link to new users and the login page to existing ones', () => {
    const fresh = renderMail('user_invited', 'en', {
      name: 'A',
      companyName: 'C',
      setPasswordUrl: 'https://s/set',
      loginUrl: 'https://s/login',
    });
    expect(fresh.text).toContain('https://s/set');
    const known = renderMail('user_invited', 'en', {
      name: 'A',
      companyName: 'C',
      setPasswordUrl: null,
      loginUrl: 'https://s/login',
    });
    expect(known.text).toContain('https://s/login');
    expect(known.text).not.toContain('https://s/set');
  });
});
