import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeInternalPath } from '../../../app/safe-path';
import { AppLink } from '../../../ui/app-link';
import { PageHeading } from '../../../ui/page-heading';
import { fetchMe, meQueryKey, useMe } from '../use-me';
import { Enrolment } from './enrolment';

/** Sign-in, stage 'enrol': the person's role requires a second factor they do not have yet.
 *  Completing it renews the session on the server; after the recovery codes the app goes on. */
export function EnrolPage() {
  const { t } = useTranslation('security');
  const [params] = useSearchParams();
  const next = safeInternalPath(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [finishing, setFinishing] = useState(false);

  // Someone fully signed in has the security page for this.
  if (me.data && !finishing) return <Navigate to="/settings/security" replace />;

  const done = async () => {
    setFinishing(true);
    // Whatever was cached belonged to the half-way session; the full one starts clean.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'setup' });
    await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
    await navigate(next, { replace: true });
  };
  const signInAgain = `/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`;

  return (
    <div className="page page--text">
      <PageHeading title={t('enrol.title')} />
      <Paragraph>{t('enrol.requiredIntro')}</Paragraph>
      <Enrolment
        onDone={() => void done()}
        expired={
          <Alert data-color="warning">
            <Paragraph>{t('enrol.expired')}</Paragraph>
            <Paragraph>
              <AppLink to={signInAgain}>{t('enrol.signInAgain')}</AppLink>
            </Paragraph>
          </Alert>
        }
      />
    </div>
  );
}
