import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subtreeIds } from '../../../../common/org/tree.js';
import type { UnitDetail, UnitSummary } from '../../../../common/org/units.js';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { useMoveUnit } from '../api/use-move-unit';
import { useUnits } from '../api/use-units';
import { retryFor } from '../lib/retry';
import { useFormFields } from '../lib/use-form-fields';
import { useUnitScope } from '../lib/use-unit-scope';
import { FormDialog } from './form-dialog';
import { FormShell } from './form-shell';
import { UnitPicker } from './unit-picker';

interface MoveUnitDialogProps {
  open: boolean;
  unit: UnitDetail;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function MoveUnitDialog(props: MoveUnitDialogProps) {
  const { t } = useTranslation('org');
  return (
    <FormDialog open={props.open} title={t('move.title', { name: props.unit.name })} onClose={props.onClose}>
      <MoveUnitForm {...props} />
    </FormDialog>
  );
}

function MoveUnitForm({ unit, onClose, onDone }: MoveUnitDialogProps) {
  const { t } = useTranslation('org');
  const units = useUnits();
  const move = useMoveUnit(unit.id);
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  const items = units.data?.items;
  // The unit and everything below it are left out: the server would refuse them as a cycle.
  const below = useMemo(() => (items ? subtreeIds(items, unit.id) : new Set<string>()), [items, unit.id]);
  const scope = useUnitScope(items);
  // Moving needs the right to create under the new parent, too (the server checks both).
  const selectable = useCallback((u: UnitSummary) => !below.has(u.id) && scope.manages(u.id), [below, scope]);
  const fields = useFormFields({ parentId: t('move.newParent') }, move.error);

  const submit = () =>
    move.mutate(parentId, {
      onSuccess: (moved) => {
        onClose();
        const parent = moved.path.filter((p) => p.id !== moved.id).at(-1);
        onDone(
          parent ? t('move.done', { name: moved.name, parent: parent.name }) : t('move.doneTop', { name: moved.name }),
        );
      },
    });

  if (units.isPending) return <Loading />;
  if (units.isError) return <QueryError error={units.error} onRetry={retryFor(units)} />;
  return (
    <FormShell
      intro={<Paragraph>{t('move.intro')}</Paragraph>}
      error={move.error}
      fields={fields.summary}
      pending={move.isPending}
      submitLabel={t('move.submit')}
      onSubmit={submit}
      onCancel={onClose}
    >
      <UnitPicker
        {...fields.input('parentId')}
        legend={t('move.newParent')}
        units={units.data.items}
        selectable={selectable}
        value={parentId}
        onChange={setParentId}
        noneLabel={scope.admin ? t('move.topLevel') : undefined}
      />
    </FormShell>
  );
}
