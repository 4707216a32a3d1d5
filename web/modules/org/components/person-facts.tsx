import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localeNames } from '../../../../common/i18n/locales.js';
import type { PersonDetail } from '../../../../common/org/people.js';
import { useFormat } from '../../../ui/format';

export function PersonFacts({ person }: { person: PersonDetail }) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  return (
    <dl className="org-facts">
      <div>
        <dt>{t('fields.email')}</dt>
        <dd className="org-break">
          <Link href={`mailto:${person.email}`}>{person.email}</Link>
        </dd>
      </div>
      <div>
        <dt>{t('fields.title')}</dt>
        <dd>{person.title || t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('person.language')}</dt>
        {/* Each language is named in itself, so the text carries its own lang attribute. */}
        <dd>
          {person.locale ? <span lang={person.locale}>{localeNames[person.locale]}</span> : t('person.languageDefault')}
        </dd>
      </div>
      <div>
        <dt>{t('person.createdAt')}</dt>
        <dd>{formatDate(person.createdAt)}</dd>
      </div>
      {person.deactivatedAt ? (
        <div>
          <dt>{t('person.deactivatedAt')}</dt>
          <dd>{formatDate(person.deactivatedAt)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
