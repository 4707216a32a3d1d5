import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { QueryError } from '../../ui/query-error';
import { TableScroll } from '../../ui/table-scroll';
import { AuditChanges } from './audit-changes';
import { AuditIntegrity } from './audit-integrity';
import { auditPageSize, useAudit, type AuditFilter } from './use-audit';

/** The audit log for administrators. The filter lives in the address, so a filtered view can be
 *  bookmarked or sent to a colleague. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = { entityType: params.get('entityType') ?? '', entityId: params.get('entityId') ?? '' };
  const audit = useAudit(filter);

  const apply = (next: AuditFilter) => {
    const search = new URLSearchParams();
    if (next.entityType.trim()) search.set('entityType', next.entityType.trim());
    if (next.entityId.trim()) search.set('entityId', next.entityId.trim());
    setParams(search);
  };

  return (
    <div className="page">
      <PageHeading title={t('audit.title')} />
      <Paragraph>{t('audit.intro')}</Paragraph>
      {/* Re-mounted when the address changes (back button), so the fields show the active filter. */}
      <AuditFilterForm key={params.toString()} initial={filter} onApply={apply} />
      {audit.isPending && <Loading />}
      {audit.isError && <QueryError error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && <AuditTable items={audit.data.items} busy={audit.isFetching} />}
      <AuditIntegrity />
    </div>
  );
}

function AuditFilterForm({ initial, onApply }: { initial: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="audit-filter" onSubmit={submit} role="search" aria-label={t('audit.filterLabel')}>
      <Textfield
        label={t('audit.entityType')}
        description={t('audit.entityTypeHint')}
        value={draft.entityType}
        onChange={(event) => setDraft({ ...draft, entityType: event.target.value })}
        maxLength={40}
        spellCheck={false}
      />
      <Textfield
        label={t('audit.entityId')}
        value={draft.entityId}
        onChange={(event) => setDraft({ ...draft, entityId: event.target.value })}
        maxLength={80}
        spellCheck={false}
      />
      <div className="button-row">
        <Button type="submit">{t('audit.filter')}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply({ entityType: '', entityId: '' })}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}

type AuditItems = NonNullable<ReturnType<typeof useAudit>['data']>['items'];

function AuditTable({ items, busy }: { items: AuditItems; busy: boolean }) {
  const { t } = useTranslation();
  const { t: tAudit } = useTranslation('audit');
  const { formatDateTime } = useFormat();
  if (items.length === 0) return <Paragraph>{t('audit.none')}</Paragraph>;
  return (
    <>
      <Paragraph className="meta" role="status">
        {items.length >= auditPageSize
          ? t('audit.limited', { count: auditPageSize })
          : t('audit.count', { count: items.length })}
      </Paragraph>
      <TableScroll label={t('audit.tableLabel')}>
        <Table className="audit-table" aria-busy={busy}>
          <caption className="ds-sr-only">{t('audit.tableLabel')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{tAudit('seq.column')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.time')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.actor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.entity')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.changes')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{item.seq ?? <span className="meta">{tAudit('seq.unsealed')}</span>}</Table.Cell>
                <Table.Cell>
                  <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                </Table.Cell>
                <Table.Cell>{item.actorName ?? t('audit.system')}</Table.Cell>
                <Table.Cell>
                  <code>{item.action}</code>
                </Table.Cell>
                <Table.Cell>
                  {item.entityType} <span className="meta">{item.entityId}</span>
                </Table.Cell>
                <Table.Cell>
                  <AuditChanges before={item.before} after={item.after} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
