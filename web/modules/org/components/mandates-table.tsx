import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Mandate } from '../../../../common/org/units.js';
import { AppLink } from '../../../ui/app-link';
import { ConfidentialTag } from '../../platform/privacy/confidential-tag';
import { holderRoleLabel } from '../lib/mandate-holder';
import { InactiveTag } from './inactive-tag';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

interface MandatesTableProps {
  mandates: Mandate[];
  /** Present for administrators: the row actions. */
  onEdit?: (mandate: Mandate) => void;
  onDeactivate?: (mandate: Mandate) => void;
}

export function MandatesTable({ mandates, onEdit, onDeactivate }: MandatesTableProps) {
  const { t } = useTranslation('org');
  const manage = onEdit !== undefined || onDeactivate !== undefined;
  const labels = {
    decision: t('mandates.decision'),
    holder: t('mandates.holder'),
    delegatedBy: t('mandates.delegatedBy'),
    actions: t('common.actions'),
  };
  return (
    <StackTable label={t('mandates.tableLabel')}>
      <StackHead>
        <StackHeader>{labels.decision}</StackHeader>
        <StackHeader>{labels.holder}</StackHeader>
        <StackHeader>{labels.delegatedBy}</StackHeader>
        {manage ? <StackHeader>{labels.actions}</StackHeader> : null}
      </StackHead>
      <StackBody>
        {mandates.map((mandate) => (
          <StackRow key={mandate.id}>
            <StackCell label={labels.decision}>
              <span className="org-strong">{mandate.title}</span> {mandate.active ? null : <InactiveTag />}{' '}
              {mandate.confidential ? <ConfidentialTag /> : null}
              {mandate.description ? <span className="meta org-prewrap">{mandate.description}</span> : null}
              {mandate.confidential ? (
                <span className="meta org-block">
                  {t('confidential.reasonShown', { ns: 'privacy', reason: mandate.confidential.reason })}
                </span>
              ) : null}
            </StackCell>
            <StackCell label={labels.holder}>
              {mandate.holderRole ? <span className="org-block">{holderRoleLabel(mandate.holderRole, t)}</span> : null}
              {mandate.unitId && mandate.unitName ? (
                <AppLink to={`/org/units/${mandate.unitId}`}>{mandate.unitName}</AppLink>
              ) : null}
              {!mandate.holderRole && !mandate.unitId ? t('common.none') : null}
            </StackCell>
            <StackCell label={labels.delegatedBy}>{mandate.delegatedBy || t('common.none')}</StackCell>
            {manage ? (
              <StackCell>
                <div className="button-row">
                  {onEdit ? (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('mandates.editFor', { title: mandate.title })}
                      onClick={() => onEdit(mandate)}
                    >
                      {t('common.edit')}
                    </Button>
                  ) : null}
                  {onDeactivate && mandate.active ? (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      aria-label={t('mandates.deactivateFor', { title: mandate.title })}
                      onClick={() => onDeactivate(mandate)}
                    >
                      {t('mandates.deactivate')}
                    </Button>
                  ) : null}
                </div>
              </StackCell>
            ) : null}
          </StackRow>
        ))}
      </StackBody>
    </StackTable>
  );
}
