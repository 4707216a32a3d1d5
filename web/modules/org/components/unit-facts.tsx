import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../common/org/units.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';

/** The unit's own details as a description list: label and value stay paired for screen readers
 *  and stack naturally on a phone. */
export function UnitFacts({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  return (
    <dl className="org-facts">
      <div>
        <dt>{t('fields.kind')}</dt>
        <dd>{t(`unitKinds.${unit.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('fields.code')}</dt>
        <dd>{unit.code}</dd>
      </div>
      <div>
        <dt>{t('unit.managers')}</dt>
        <dd>
          {unit.managers.length === 0 ? (
            t('tree.noManager')
          ) : (
            <ul className="plain-list">
              {unit.managers.map((m) => (
                <li key={`${m.personId}-${m.role}`}>
                  <AppLink to={`/org/people/${m.personId}`}>{m.name}</AppLink> ({t(`membershipRoles.${m.role}`)})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {unit.active ? null : (
        <div>
          <dt>{t('unit.deactivatedAt')}</dt>
          <dd>{unit.deactivatedAt ? formatDate(unit.deactivatedAt) : t('common.deactivated')}</dd>
        </div>
      )}
      <div className="org-facts-wide">
        <dt>{t('fields.description')}</dt>
        <dd>
          {unit.description ? (
            <Paragraph className="org-prewrap">{unit.description}</Paragraph>
          ) : (
            t('unit.noDescription')
          )}
        </dd>
      </div>
    </dl>
  );
}
