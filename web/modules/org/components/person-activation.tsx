import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../common/org/people.js';
import { useDeactivatePerson } from '../api/use-deactivate-person';
import { useReactivatePerson } from '../api/use-reactivate-person';
import { ConfirmDialog } from './confirm-dialog';

/** Someone who leaves is deactivated, not deleted: their name stays on what they did. */
export function PersonActivation({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const [open, setOpen] = useState(false);
  const deactivate = useDeactivatePerson(person.id);
  const reactivate = useReactivatePerson(person.id);
  const mutation = person.active ? deactivate : reactivate;
  const close = () => {
    mutation.reset();
    setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" data-color={person.active ? 'danger' : 'accent'} onClick={() => setOpen(true)}>
        {person.active ? t('person.deactivate') : t('person.reactivate')}
      </Button>
      <ConfirmDialog
        open={open}
        title={
          person.active
            ? t('person.deactivateTitle', { name: person.name })
            : t('person.reactivateTitle', { name: person.name })
        }
        confirmLabel={person.active ? t('person.deactivate') : t('person.reactivate')}
        destructive={person.active}
        pending={mutation.isPending}
        error={mutation.error}
        onClose={close}
        onConfirm={() =>
          mutation.mutate(undefined, {
            onSuccess: (updated) => {
              close();
              onStatus(
                updated.active
                  ? t('person.reactivated', { name: updated.name })
                  : t('person.deactivated', { name: updated.name }),
              );
            },
          })
        }
      >
        <Paragraph>{person.active ? t('person.deactivateExplain') : t('person.reactivateExplain')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
