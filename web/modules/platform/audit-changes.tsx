import { Details, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { auditChanges } from './audit-diff';

/** Before and after of one audited change, folded away so the log stays scannable. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <span className="meta">{t('audit.noChanges')}</span>;
  return (
    <Details>
      <Details.Summary>{t('audit.showChanges', { count: changes.length })}</Details.Summary>
      <Details.Content>
        <Table data-size="sm" zebra={false}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('audit.field')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.before')}</Table.HeaderCell>
              <Table.HeaderCell>{t('audit.after')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {changes.map((change) => (
              <Table.Row key={change.field}>
                <Table.HeaderCell scope="row">{change.field || t('audit.value')}</Table.HeaderCell>
                <Table.Cell>
                  {change.before ? <Paragraph data-size="sm">{change.before}</Paragraph> : <Empty />}
                </Table.Cell>
                <Table.Cell>
                  {change.after ? <Paragraph data-size="sm">{change.after}</Paragraph> : <Empty />}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Details.Content>
    </Details>
  );
}

/** An empty cell is said as "empty" rather than skipped silently. */
function Empty() {
  const { t } = useTranslation();
  return <span className="meta">{t('audit.empty')}</span>;
}
