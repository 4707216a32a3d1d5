import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/i18n/locales.js';
import { useFormat } from '../../ui/format';
import { PageHeading } from '../../ui/page-heading';
import { useMe } from './use-me';

/** The date of the self-assessment behind this statement; change it when the statement is redone. */
const assessedOn = '2026-11-24';

type Country = 'se' | 'no' | 'dk';

/** Each country's enforcement body under the Web Accessibility Directive. */
const enforcementUrls: Record<Country, string> = {
  se: 'https://www.digg.se/tdosanmalan',
  no: 'https://www.uutilsynet.no/',
  dk: 'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/',
};

/** A language version names its own country's body; the English one serves all three. */
const countriesByLocale: Record<Locale, Country[]> = { sv: ['se'], nb: ['no'], da: ['dk'], en: ['se', 'no', 'dk'] };

/** The accessibility statement required by the Web Accessibility Directive (in Sweden the DOS
 *  law). Reachable without signing in, from the footer of every page. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const { formatDate, locale } = useFormat();
  const organisation = useMe().data?.organisation.name ?? t('accessibility.yourOrganisation');
  return (
    <div className="page page--text">
      <PageHeading title={t('accessibility.title')} />
      <Paragraph>{t('accessibility.intro', { organisation })}</Paragraph>

      <section className="page-section" aria-labelledby="a11y-status">
        <Heading level={2} data-size="sm" id="a11y-status">
          {t('accessibility.statusHeading')}
        </Heading>
        <Paragraph>{t('accessibility.statusText')}</Paragraph>
      </section>

      <section className="page-section" aria-labelledby="a11y-tested">
        <Heading level={2} data-size="sm" id="a11y-tested">
          {t('accessibility.testedHeading')}
        </Heading>
        <Paragraph>{t('accessibility.testedIntro')}</Paragraph>
        <List.Unordered>
          <List.Item>{t('accessibility.testedAutomated')}</List.Item>
          <List.Item>{t('accessibility.testedKeyboard')}</List.Item>
          <List.Item>{t('accessibility.testedReflow')}</List.Item>
          <List.Item>{t('accessibility.testedDesignSystem')}</List.Item>
        </List.Unordered>
      </section>

      <section className="page-section" aria-labelledby="a11y-limits">
        <Heading level={2} data-size="sm" id="a11y-limits">
          {t('accessibility.limitationsHeading')}
        </Heading>
        <Paragraph>{t('accessibility.limitationsKnown')}</Paragraph>
        <Paragraph>{t('accessibility.limitationsUntested')}</Paragraph>
      </section>

      <section className="page-section" aria-labelledby="a11y-report">
        <Heading level={2} data-size="sm" id="a11y-report">
          {t('accessibility.reportHeading')}
        </Heading>
        <Paragraph>{t('accessibility.reportText', { organisation })}</Paragraph>
      </section>

      <section className="page-section" aria-labelledby="a11y-enforcement">
        <Heading level={2} data-size="sm" id="a11y-enforcement">
          {t('accessibility.enforcementHeading')}
        </Heading>
        <Paragraph>{t('accessibility.enforcementIntro')}</Paragraph>
        {countriesByLocale[locale].map((country) => (
          <Paragraph key={country}>
            {t(`accessibility.enforcement.${country}`)}{' '}
            <Link href={enforcementUrls[country]}>{t(`accessibility.enforcementLink.${country}`)}</Link>
          </Paragraph>
        ))}
      </section>

      <section className="page-section" aria-labelledby="a11y-about">
        <Heading level={2} data-size="sm" id="a11y-about">
          {t('accessibility.aboutHeading')}
        </Heading>
        <Paragraph>{t('accessibility.aboutText', { date: formatDate(assessedOn) })}</Paragraph>
      </section>
    </div>
  );
}
