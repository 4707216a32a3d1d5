import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { RetentionClassForm } from './retention-class-form';
import { useRetention } from './use-retention';
import './privacy.css';

/** How long each kind of data is kept, for administrators. Each class is its own small form, so
 *  changing one period never sends the others. */
export function RetentionPage() {
  const { t } = useTranslation('privacy');
  const { formatDateTime } = useFormat();
  const retention = useRetention();
  const [status, setStatus] = useState<string | null>(null);
  const data = retention.data;
  return (
    <div className="page page--text">
      <PageHeading title={t('retention.title')} />
      <Paragraph>{t('retention.intro')}</Paragraph>
      {data ? (
        <Paragraph>
          {data.nextRunAt
            ? t('retention.nextRun', { time: formatDateTime(data.nextRunAt) })
            : t('retention.notPlanned')}
        </Paragraph>
      ) : null}
      <StatusMessage message={status} />
      {retention.isPending ? <Loading /> : null}
      {retention.isError ? <QueryError error={retention.error} onRetry={() => void retention.refetch()} /> : null}
      {data?.items.map((policy) => (
        <RetentionClassForm key={policy.dataClass} policy={policy} onSaved={setStatus} />
      ))}
    </div>
  );
}
