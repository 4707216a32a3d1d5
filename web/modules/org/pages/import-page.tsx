import { Alert, Button, Field, Heading, Input, Label, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../common/org/csv-format.js';
import { errorMessage } from '../../../ui/error-message';
import { PageHeading } from '../../../ui/page-heading';
import { orgExportUrl } from '../api/export-org';
import { useImportOrg } from '../api/use-import-org';
import { BusyButton } from '../components/busy-button';
import { ImportFormat } from '../components/import-format';
import { ImportIssuesTable } from '../components/import-issues-table';
import { ImportSummary } from '../components/import-summary';
import { StatusMessage } from '../../../ui/status-message';
import { useCsvImport } from '../lib/use-csv-import';
import '../org.css';

/** Import and export of units and people as CSV. A file is always checked (dry run) before it can
 *  be imported, and only a file without problems can be. */
export function ImportPage() {
  const { t } = useTranslation('org');
  const { t: tp } = useTranslation('platform');
  const fileId = useId();
  const hintId = useId();
  const statusText = (answer: ImportResult): string => {
    if (answer.mode === 'apply') return answer.ok ? t('import.appliedOk') : t('import.appliedFailed');
    return answer.ok
      ? t('import.checkedOk', { count: answer.summary.lines })
      : t('import.checkedIssues', { count: answer.issues.length });
  };
  const run = useImportOrg();
  const { file, result, status, checkedOk, chooseFile, start } = useCsvImport({
    run,
    statusText,
    outcomeId: 'org-import-summary',
  });

  return (
    <div className="page">
      <PageHeading title={t('import.title')} />
      <Paragraph>{t('import.intro')}</Paragraph>

      <section aria-labelledby="org-export" className="page-section">
        <Heading level={2} data-size="sm" id="org-export">
          {t('import.exportHeading')}
        </Heading>
        <Paragraph>{t('import.exportText')}</Paragraph>
        <div className="button-row">
          <Button asChild variant="secondary">
            <a href={orgExportUrl} download>
              {t('import.exportLink')}
            </a>
          </Button>
        </div>
      </section>

      <section aria-labelledby="org-import" className="page-section">
        <Heading level={2} data-size="sm" id="org-import">
          {t('import.importHeading')}
        </Heading>
        <ImportFormat />
        <Field>
          <Label>{t('import.fileLabel')}</Label>
          <Field.Description>{t('import.fileHint')}</Field.Description>
          <Input id={fileId} type="file" accept=".csv,text/csv" onChange={chooseFile} />
        </Field>
        <div className="button-row">
          <BusyButton
            pending={run.isPending && run.variables.mode === 'dry-run'}
            aria-disabled={!file || undefined}
            onClick={() => start('dry-run')}
          >
            {t('import.check')}
          </BusyButton>
          <BusyButton
            variant="secondary"
            pending={run.isPending && run.variables.mode === 'apply'}
            aria-disabled={!checkedOk || undefined}
            aria-describedby={hintId}
            onClick={() => {
              if (checkedOk) start('apply');
            }}
          >
            {t('import.apply')}
          </BusyButton>
        </div>
        <Paragraph id={hintId} data-size="sm" className="org-hint">
          {checkedOk ? t('import.applyReady') : t('import.applyHint')}
        </Paragraph>
        <StatusMessage message={status?.text ?? null} color={status && !status.ok ? 'warning' : 'success'} />
        {run.isError ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorMessage(run.error, tp)}</Paragraph>
          </Alert>
        ) : null}
      </section>

      {result ? <ImportSummary result={result} /> : null}
      {result && result.issues.length > 0 ? <ImportIssuesTable issues={result.issues} /> : null}
    </div>
  );
}
