import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { AuditIntegrity } from './audit-integrity';
import { canVerifyAudit, useMe } from './use-me';

/** The integrity check on a page of its own, for auditors (who may check the log but not read
 *  it). Administrators have the same check on the audit page. */
export function AuditIntegrityPage() {
  const { t } = useTranslation('audit');
  const { t: tPlatform } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!canVerifyAudit(me.data))
    return (
      <div className="page page--text">
        <PageHeading title={tPlatform('forbidden.title')} />
        <Paragraph>{t('integrity.forbidden')}</Paragraph>
        <Paragraph>
          <AppLink to="/">{tPlatform('common.backHome')}</AppLink>
        </Paragraph>
      </div>
    );
  return (
    <div className="page page--text">
      <PageHeading title={t('integrity.pageTitle')} />
      <Paragraph>{t('integrity.pageIntro')}</Paragraph>
      <AuditIntegrity />
    </div>
  );
}
