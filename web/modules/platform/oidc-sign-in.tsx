import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { oidcSignInErrors } from '../../../common/platform/identity.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import { oidcStartHref, useAuthProviders } from './use-auth-providers';

/** On the sign-in page: why a sign-in at the identity provider did not work (`?error=`), and the
 *  way to sign in there when one is configured. Signing in there is a full-page navigation, since
 *  the browser has to visit the provider. */
export function OidcSignIn({ next }: { next: string }) {
  const { t } = useTranslation('identity');
  const [params] = useSearchParams();
  const providers = useAuthProviders();
  const error = params.get('error');
  const oidc = providers.data?.oidc;
  return (
    <>
      {isOneOf(oidcSignInErrors, error) ? (
        <Alert data-color={error === 'denied' ? 'warning' : 'danger'} role="alert">
          <Paragraph>{t(`signIn.errors.${error}`)}</Paragraph>
        </Alert>
      ) : null}
      {oidc ? (
        <div className="stacked">
          <Button asChild>
            <a href={oidcStartHref({ returnTo: next })}>{t('signIn.button', { name: oidc.name })}</a>
          </Button>
          <Paragraph>{t('signIn.or')}</Paragraph>
        </div>
      ) : null}
    </>
  );
}
