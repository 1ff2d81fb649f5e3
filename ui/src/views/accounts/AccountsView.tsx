/**
 * Administrators manage accounts and API tokens: create (a one-time password or token secret is
 * shown once), change roles, disable, reset passwords, revoke tokens.
 */
import { AccountAreas } from '../../editing/AccountAreas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest } from '../../api/graphqlRequest';
import { useQuery } from '../../components/shared/useQuery';
import { formatDate } from '../../i18n/i18next';
import {
  ACCOUNTS_QUERY, CREATE_ACCOUNT, CREATE_TOKEN, RESET_PASSWORD, REVOKE_TOKEN, ROLES, UPDATE_ACCOUNT,
  type AccountsData, type Role,
} from './queries';
import './accounts.css';

interface Shown { readonly text: string; readonly secret: string }

export function AccountsView() {
  const { t, i18n } = useTranslation('accounts');
  const { state, reload } = useQuery<AccountsData, Record<string, never>>(ACCOUNTS_QUERY, {});
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [tokenName, setTokenName] = useState('');
  const [tokenAccount, setTokenAccount] = useState('');

  async function run<T>(query: string, variables: Record<string, unknown>, after?: (data: T) => void) {
    setProblem(null);
    try {
      const data = await graphqlRequest<T, Record<string, unknown>>(query, variables);
      after?.(data);
      reload();
    } catch (error) {
      setProblem(t('failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const createAccount = (event: FormEvent) => {
    event.preventDefault();
    void run<{ createAccount: { oneTimePassword: string; account: { username: string } } }>(CREATE_ACCOUNT, { username, role }, (d) => {
      setShown({ text: t('create.created', { name: d.createAccount.account.username }), secret: d.createAccount.oneTimePassword });
      setUsername('');
    });
  };
  const createToken = (event: FormEvent) => {
    event.preventDefault();
    void run<{ createApiToken: { secret: string; token: { name: string } } }>(CREATE_TOKEN, { accountId: tokenAccount, name: tokenName }, (d) => {
      setShown({ text: t('tokens.secret', { name: d.createApiToken.token.name }), secret: d.createApiToken.secret });
      setTokenName('');
    });
  };

  return (
    <section aria-labelledby="view-title" className="accounts">
      <h1 id="view-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {shown && (
        <div className="panel secret" role="status">
          <p>{shown.text}</p>
          <p><code>{shown.secret}</code></p>
        </div>
      )}
      {problem && <p className="panel panel--error" role="alert">{problem}</p>}
      {state.status === 'loading' || state.status === 'idle' ? <p role="status">{t('loading')}</p> : null}
      {state.status === 'error' ? <p className="panel panel--error" role="alert">{t('error')}</p> : null}
      {state.status === 'ready' && (
        <>
          <h2>{t('accounts.heading')}</h2>
          <table>
            <caption className="visually-hidden">{t('accounts.caption')}</caption>
            <thead>
              <tr><th scope="col">{t('accounts.username')}</th><th scope="col">{t('accounts.role')}</th><th scope="col">{t('accounts.status')}</th><th scope="col">{t('accounts.actions')}</th></tr>
            </thead>
            <tbody>
              {state.data.accounts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.username}</th>
                  <td>
                    <select aria-label={t('accounts.roleFor', { name: a.username })} value={a.role}
                      onChange={(e) => void run(UPDATE_ACCOUNT, { id: a.id, role: e.target.value })}>
                      {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
                    </select>
                  </td>
                  <td>{a.disabled ? t('accounts.disabled') : t('accounts.active')}{a.mustChangePassword ? ` · ${t('accounts.mustChange')}` : ''}</td>
                  <td className="actions">
                    <button type="button" onClick={() => void run(UPDATE_ACCOUNT, { id: a.id, disabled: !a.disabled })}>
                      {t(a.disabled ? 'accounts.enable' : 'accounts.disable', { name: a.username })}
                    </button>
                    <button type="button" onClick={() => void run<{ resetPassword: { oneTimePassword: string } }>(RESET_PASSWORD, { id: a.id },
                      (d) => setShown({ text: t('create.reset', { name: a.username }), secret: d.resetPassword.oneTimePassword }))}>
                      {t('accounts.reset', { name: a.username })}
                    </button>
                    {a.role === 'EDITOR' ? <AccountAreas id={a.id} username={a.username} areas={a.areas ?? []} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form onSubmit={createAccount} className="inline-form">
            <h3>{t('create.heading')}</h3>
            <label htmlFor="new-username">{t('create.username')}</label>
            <input id="new-username" value={username} required autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
            <label htmlFor="new-role">{t('create.role')}</label>
            <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
            </select>
            <button type="submit">{t('create.submit')}</button>
          </form>

          <h2>{t('tokens.heading')}</h2>
          <table>
            <caption className="visually-hidden">{t('tokens.caption')}</caption>
            <thead>
              <tr><th scope="col">{t('tokens.name')}</th><th scope="col">{t('tokens.account')}</th><th scope="col">{t('tokens.created')}</th><th scope="col">{t('tokens.status')}</th></tr>
            </thead>
            <tbody>
              {state.data.apiTokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{token.account?.username ?? '–'}</td>
                  <td>{formatDate(token.createdAt, i18n.language)}</td>
                  <td>
                    {token.revoked ? t('tokens.revoked') : (
                      <button type="button" onClick={() => void run(REVOKE_TOKEN, { id: token.id })}>{t('tokens.revoke', { name: token.name })}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form onSubmit={createToken} className="inline-form">
            <h3>{t('tokens.newHeading')}</h3>
            <label htmlFor="token-name">{t('tokens.newName')}</label>
            <input id="token-name" value={tokenName} required onChange={(e) => setTokenName(e.target.value)} />
            <label htmlFor="token-account">{t('tokens.newAccount')}</label>
            <select id="token-account" value={tokenAccount} required onChange={(e) => setTokenAccount(e.target.value)}>
              <option value="" />
              {state.data.accounts.map((a) => <option key={a.id} value={a.id}>{a.username}</option>)}
            </select>
            <button type="submit">{t('tokens.submit')}</button>
          </form>
        </>
      )}
    </section>
  );
}
