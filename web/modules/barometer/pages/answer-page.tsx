import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useNavigateWithFlash } from '../../org/lib/use-status-message';
import { retryFor } from '../../org/lib/retry';
import { useWaveForm } from '../api/answer-api';
import { AnswerForm } from '../components/answer-form';
import '../../org/org.css';
import '../barometer.css';

/** /barometer/waves/:id/answer: one screen, every item, one submit. */
export function AnswerPage() {
  const { t } = useTranslation('barometer');
  const { id = '' } = useParams();
  const form = useWaveForm(id);
  const { formatDate } = useFormat();
  const navigateWithFlash = useNavigateWithFlash();
  const data = form.data;
  const status = form.error instanceof ApiError ? form.error.status : 0;
  // Not invited, not open yet or closed already: the same 404 for each, by design.
  const answered = status === 409;
  const gone = status === 404;
  return (
    <div className="page page--text">
      <Paragraph>
        <AppLink to="/barometer">{t('answer.back')}</AppLink>
      </Paragraph>
      <PageHeading title={data ? data.wave.title : t('answer.title')} />
      {form.isPending ? <Loading /> : null}
      {answered ? <Alert data-color="success">{t('answer.alreadyAnswered')}</Alert> : null}
      {gone ? <Alert data-color="info">{t('answer.closedText')}</Alert> : null}
      {form.isError && !answered && !gone ? <QueryError error={form.error} onRetry={retryFor(form)} /> : null}
      {data ? (
        <>
          <Paragraph>{t('answer.intro')}</Paragraph>
          <Paragraph className="barometer-hint">
            {t('answer.anonymity')} {t('list.closesOn', { date: formatDate(data.wave.closesAt) })}.
          </Paragraph>
          <AnswerForm form={data} onSent={() => navigateWithFlash('/barometer', t('answer.sent'))} />
        </>
      ) : null}
    </div>
  );
}
