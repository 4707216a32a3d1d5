import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, ApiTokenStatus } from '../../../../common/platform/tokens.js';
import { useFormat } from '../../../ui/format';
import { TableScroll } from '../../../ui/table-scroll';
import { scopeKey } from './scope-labels';

const statusColor: Record<ApiTokenStatus, 'success' | 'neutral' | 'warning' | 'danger'> = {
  active: 'success',
  expired: 'neutral',
  revoked: 'neutral',
  suspended: 'warning',
};

export function ApiTokenTable({ items, onRevoke }: { items: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation('tokens');
  const { formatDate, formatDateTime } = useFormat();
  if (items.length === 0) return <Paragraph>{t('list.none')}</Paragraph>;
  return (
    <TableScroll label={t('list.tableLabel')}>
      <Table className="api-token-table">
        <caption className="ds-sr-only">{t('list.tableLabel')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.scopes')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.createdBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.lastUsed')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.expires')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((token) => (
            <Table.Row key={token.id}>
              <Table.Cell>{token.name}</Table.Cell>
              <Table.Cell>
                <ul className="plain-list api-token-scopes">
                  {token.scopes.map((scope) => (
                    <li key={scope}>{t(`scopes.${scopeKey[scope]}.label`)}</li>
                  ))}
                </ul>
              </Table.Cell>
              <Table.Cell>
                <span className="stacked">
                  <Tag data-size="sm" data-color={statusColor[token.status]}>
                    {t(`status.${token.status}`)}
                  </Tag>
                  {token.status === 'revoked' && token.revokedAt ? (
                    <time className="meta" dateTime={token.revokedAt}>
                      {formatDateTime(token.revokedAt)}
                    </time>
                  ) : null}
                  {token.status === 'suspended' ? <span className="meta">{t('suspendedHint')}</span> : null}
                </span>
              </Table.Cell>
              <Table.Cell>
                <span className="stacked">
                  {token.createdBy.name}
                  <time className="meta" dateTime={token.createdAt}>
                    {formatDateTime(token.createdAt)}
                  </time>
                </span>
              </Table.Cell>
              <Table.Cell>
                {token.lastUsedAt ? (
                  <time dateTime={token.lastUsedAt}>{formatDateTime(token.lastUsedAt)}</time>
                ) : (
                  t('list.never')
                )}
              </Table.Cell>
              <Table.Cell>
                {token.expiresAt ? (
                  <time dateTime={token.expiresAt}>{formatDate(token.expiresAt)}</time>
                ) : (
                  t('list.noExpiry')
                )}
              </Table.Cell>
              <Table.Cell>
                {token.status === 'revoked' ? null : (
                  <Button
                    variant="secondary"
                    data-size="sm"
                    data-color="danger"
                    // The visible word first, then which token (WCAG 2.5.3); a visually hidden span
                    // here would be positioned outside the scroll box and widen the page at 320 px.
                    aria-label={`${t('list.revoke')} ${token.name}`}
                    onClick={() => onRevoke(token)}
                  >
                    {t('list.revoke')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
