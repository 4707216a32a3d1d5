import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../common/org/units.js';
import { AppLink } from '../../../ui/app-link';
import { ConfidentialTag } from '../../platform/privacy/confidential-tag';
import { holderText } from '../lib/mandate-holder';
import { InactiveTag } from './inactive-tag';

/** What this unit may decide, from the delegation rules. Edited in the register. */
export function UnitMandates({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('org');
  return (
    <section aria-labelledby="org-unit-mandates" className="page-section">
      <Heading level={2} data-size="sm" id="org-unit-mandates">
        {t('unit.mandates')}
      </Heading>
      {unit.mandates.length === 0 ? (
        <Paragraph>{t('unit.noMandates')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {unit.mandates.map((mandate) => (
            <li key={mandate.id} className="org-list-item">
              <span className="org-strong">
                {mandate.title} {mandate.active ? null : <InactiveTag />}{' '}
                {mandate.confidential ? <ConfidentialTag /> : null}
              </span>
              {mandate.description ? <span className="org-prewrap">{mandate.description}</span> : null}
              <span className="meta">
                {t('mandates.holder')}: {holderText(mandate, t)}
                {mandate.delegatedBy ? ` · ${t('mandates.delegatedBy')}: ${mandate.delegatedBy}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to={`/org/mandates?unit=${unit.id}`}>
          {unit.can.manageMandates ? t('unit.manageMandates') : t('unit.allMandates')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
