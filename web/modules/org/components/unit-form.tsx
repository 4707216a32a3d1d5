import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../../../../common/org/roles.js';
import type { UnitSummary } from '../../../../common/org/units.js';
import { usePageForm, type PageFormProps } from '../lib/use-page-form';
import { FormShell } from './form-shell';
import { RequiredLabel } from './required-label';
import { UnitKindSelect } from './unit-kind-select';
import { UnitPicker } from './unit-picker';

export interface UnitFormValues {
  name: string;
  code: string;
  kind: UnitKind;
  description: string;
  /** Only used when creating; moving an existing unit has its own dialog. */
  parentId: string | null;
}

interface UnitFormProps extends PageFormProps<UnitFormValues> {
  /** When given, the form asks where the unit belongs (creating only). */
  parentUnits?: readonly UnitSummary[];
  /** Which units may be chosen as parent, and whether the top level may. */
  parentSelectable?: (unit: UnitSummary) => boolean;
  allowTopLevel?: boolean;
}

/** The fields a unit has, for creating and editing. The server validates; its messages are shown
 *  at each field and in the summary at the top. */
export function UnitForm(props: UnitFormProps) {
  const { t } = useTranslation('org');
  const form = usePageForm(props, {
    name: t('fields.name'),
    code: t('fields.code'),
    kind: t('fields.kind'),
    parentId: t('fields.parent'),
    description: t('fields.description'),
  });

  return (
    <FormShell {...form.shell}>
      <Textfield
        {...form.input('name')}
        label={<RequiredLabel text={t('fields.name')} />}
        value={form.values.name}
        onChange={(event) => form.set('name', event.target.value)}
        autoComplete="off"
        aria-required
      />
      <Textfield
        {...form.input('code')}
        label={<RequiredLabel text={t('fields.code')} />}
        description={t('unitForm.codeHint')}
        value={form.values.code}
        onChange={(event) => form.set('code', event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-required
      />
      <UnitKindSelect {...form.input('kind')} value={form.values.kind} onChange={(kind) => form.set('kind', kind)} />
      {props.parentUnits ? (
        <UnitPicker
          {...form.input('parentId')}
          legend={t('fields.parent')}
          description={t('unitForm.parentHint')}
          units={props.parentUnits}
          selectable={props.parentSelectable}
          value={form.values.parentId}
          onChange={(parentId) => form.set('parentId', parentId)}
          noneLabel={props.allowTopLevel ? t('move.topLevel') : undefined}
        />
      ) : null}
      <Textfield
        {...form.input('description')}
        multiline
        rows={4}
        label={t('fields.description')}
        description={t('unitForm.descriptionHint')}
        value={form.values.description}
        onChange={(event) => form.set('description', event.target.value)}
      />
    </FormShell>
  );
}
