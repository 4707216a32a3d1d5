import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../common/org/csv-format.js';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

/** Every problem, one row each, so the file can be fixed in one go rather than one error per try.
 *  (A very long list is cut by the server, which then ends it with a line saying how many more.) */
export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation('org');
  const heading = t('import.issuesHeading', { count: issues.length });
  const labels = { line: t('import.line'), column: t('import.column'), message: t('import.message') };
  return (
    <section aria-labelledby="org-import-issues" className="page-section">
      <Heading level={2} data-size="sm" id="org-import-issues">
        {heading}
      </Heading>
      <StackTable label={heading}>
        <StackHead>
          <StackHeader>{labels.line}</StackHeader>
          <StackHeader>{labels.column}</StackHeader>
          <StackHeader>{labels.message}</StackHeader>
        </StackHead>
        <StackBody>
          {issues.map((issue, index) => (
            <StackRow key={`${issue.line}-${issue.column ?? ''}-${index}`}>
              <StackCell label={labels.line}>{issue.line === 0 ? t('import.wholeFile') : issue.line}</StackCell>
              <StackCell label={labels.column}>
                {issue.column ? <code>{issue.column}</code> : t('common.none')}
              </StackCell>
              <StackCell label={labels.message}>{issue.message}</StackCell>
            </StackRow>
          ))}
        </StackBody>
      </StackTable>
    </section>
  );
}
