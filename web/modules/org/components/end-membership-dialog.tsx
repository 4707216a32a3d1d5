import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useEndMembership } from '../api/use-end-membership';
import { ConfirmDialog } from './confirm-dialog';

export interface MembershipToEnd {
  personId: string;
  membershipId: string;
  personName: string;
  unitName: string;
}

/** Asks before ending a membership; the membership moves to the history, it is not deleted. */
export function EndMembershipDialog(props: {
  target: MembershipToEnd | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('org');
  const end = useEndMembership();
  const { target } = props;
  const close = () => {
    end.reset();
    props.onClose();
  };
  return (
    <ConfirmDialog
      open={target !== null}
      title={t('membership.endTitle')}
      confirmLabel={t('membership.endConfirm')}
      destructive
      pending={end.isPending}
      error={end.error}
      onClose={close}
      onConfirm={() => {
        if (!target) return;
        end.mutate(
          { personId: target.personId, membershipId: target.membershipId },
          {
            onSuccess: () => {
              close();
              props.onDone(t('membership.ended', { name: target.personName, unit: target.unitName }));
            },
          },
        );
      }}
    >
      <Paragraph>
        {target ? t('membership.endQuestion', { name: target.personName, unit: target.unitName }) : null}
      </Paragraph>
      <Paragraph data-size="sm">{t('membership.endExplain')}</Paragraph>
    </ConfirmDialog>
  );
}
