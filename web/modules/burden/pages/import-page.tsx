import { Alert, Button, Field, Heading, Input, Label, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { burdenCsvColumns, type BurdenImportResult } from '../../../../common/burden/api.js';
import { errorMessage } from '../../../ui/error-message';
import { PageHeading } from '../../../ui/page-heading';
import { StatusMessage } from '../../../ui/status-message';
import { BusyButton } from '../../org/components/busy-button';
import { ImportIssuesTable } from '../../org/components/import-issues-table';
import { useCsvImport } from '../../org/lib/use-csv-import';
import { useImportDemands } from '../api/use-import-demands';
import { demandsExportUrl } from '../api/use-demands';
import '../../org/org.css';
import '../burden.css';

/** /burden/import (administrators): an inventory from CSV, all or nothing. A file is always checked
 *  first, and only a file without problems can be imported; every problem names its line and column. */
export function ImportPage() {
  const { t } = useTranslation('burden');
  const { t: tp } = useTranslation('platform');
  const fileId = useId();
  const hintId = useId();
  const run = useImportDemands();
  const { file, result, status, checkedOk, chooseFile, start } = useCsvImport({
    run,
    statusText: (answer: BurdenImportResult) =>
      answer.mode === 'apply'
        ? answer.ok
          ? t('import.applied', { created: answer.summary.created, updated: answer.summary.updated })
          : t('import.appliedFailed')
        : answer.ok
          ? t('import.checkedOk', { count: answer.summary.lines })
          : t('import.checkedIssues', { count: answer.issues.length }),
    outcomeId: 'burden-import-result',
  });

  return (
    <div className="page">
      <PageHeading title={t('import.title')} />
      <Paragraph>{t('import.intro')}</Paragraph>
      <section aria-labelledby="burden-export" className="page-section">
        <Heading level={2} data-size="sm" id="burden-export">
          {t('import.exportHeading')}
        </Heading>
        <Paragraph>{t('import.exportText')}</Paragraph>
        <div className="button-row">
          <Button asChild variant="secondary">
            <a href={demandsExportUrl({ page: 1, pageSize: 25 })} download>
              {t('list.export')}
            </a>
          </Button>
        </div>
      </section>
      <section aria-labelledby="burden-import" className="page-section">
        <Heading level={2} data-size="sm" id="burden-import">
          {t('import.importHeading')}
        </Heading>
        <Paragraph>{t('import.format')}</Paragraph>
        <Paragraph className="burden-wrap">
          <code>{burdenCsvColumns.join(';')}</code>
        </Paragraph>
        <Paragraph data-size="sm" className="burden-hint">
          {t('import.performersFormat')}
        </Paragraph>
        <Field>
          <Label htmlFor={fileId}>{t('import.fileLabel')}</Label>
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
        <Paragraph id={hintId} data-size="sm" className="burden-hint">
          {checkedOk ? t('import.applyReady') : t('import.applyHint')}
        </Paragraph>
        <div id="burden-import-result" tabIndex={-1}>
          <StatusMessage message={status?.text ?? null} color={status && !status.ok ? 'warning' : 'success'} />
        </div>
        {run.isError ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorMessage(run.error, tp)}</Paragraph>
          </Alert>
        ) : null}
      </section>
      {result && result.issues.length > 0 ? <ImportIssuesTable issues={result.issues} /> : null}
    </div>
  );
}
