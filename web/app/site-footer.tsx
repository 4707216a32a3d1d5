import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/app-link';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <AppLink to="/accessibility">{t('layout.accessibilityStatement')}</AppLink>
        <span>{t('layout.footerNote')}</span>
      </div>
    </footer>
  );
}
