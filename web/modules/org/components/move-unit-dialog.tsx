import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { subtreeIds } from '../../../../common/org/tree.js';
import type { UnitDetail, UnitSummary } from '../../../../common/org/units.js';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { useMoveUnit } from '../api/use-move-unit';
import { useUnits } from '../api/use-units';
import { BusyButton } from './busy-button';
import { useUnitScope } from '../lib/use-unit-scope';
import { errorKey } from './form-errors';
import { UnitPicker } from './unit-picker';
import { retryFor } from '../lib/retry';

interface MoveUnitDialogProps {
  open: boolean;
  unit: UnitDetail;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function MoveUnitDialog(props: MoveUnitDialogProps) {
  const { t } = useTranslation('org');
  const titleId = useId();
  return (
    <Dialog open={props.open} onClose={props.onClose} closeButton={t('common.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('move.title', { name: props.unit.name })}
      </Heading>
      {props.open ? <MoveUnitForm {...props} /> : null}
    </Dialog>
  );
}

function MoveUnitForm({ unit, onClose, onDone }: MoveUnitDialogProps) {
  const { t } = useTranslation('org');
  const pickerId = useId();
  const units = useUnits();
  const move = useMoveUnit(unit.id);
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  const items = units.data?.items;
  // The unit and everything below it are left out: the server would refuse them as a cycle.
  const below = useMemo(() => (items ? subtreeIds(items, unit.id) : new Set<string>()), [items, unit.id]);
  const scope = useUnitScope(items);
  // Moving needs the right to create under the new parent, too (the server checks both).
  const selectable = useCallback((u: UnitSummary) => !below.has(u.id) && scope.manages(u.id), [below, scope]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (move.isPending) return;
    move.mutate(parentId, {
      onSuccess: (moved) => {
        onClose();
        const parent = moved.path.filter((p) => p.id !== moved.id).at(-1);
        onDone(
          parent ? t('move.done', { name: moved.name, parent: parent.name }) : t('move.doneTop', { name: moved.name }),
        );
      },
    });
  };

  if (units.isPending) return <Loading />;
  if (units.isError) return <QueryError error={units.error} onRetry={retryFor(units)} />;
  return (
    <form onSubmit={submit} noValidate className="form">
      <Paragraph>{t('move.intro')}</Paragraph>
      {move.error ? (
        <FormErrorSummary
          key={errorKey(move.error)}
          error={move.error}
          fields={{ parentId: { inputId: pickerId, label: t('move.newParent') } }}
        />
      ) : null}
      <UnitPicker
        id={pickerId}
        legend={t('move.newParent')}
        units={units.data.items}
        selectable={selectable}
        value={parentId}
        onChange={setParentId}
        noneLabel={scope.admin ? t('move.topLevel') : undefined}
        error={fieldError(move.error, 'parentId')}
      />
      <div className="button-row">
        <BusyButton type="submit" pending={move.isPending}>
          {t('move.submit')}
        </BusyButton>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
