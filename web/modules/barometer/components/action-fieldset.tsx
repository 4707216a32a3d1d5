import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, type ActionStatus } from '../../../../common/barometer/api.js';
import { isOneOf } from '../../../../common/platform/one-of.js';
import { fieldError } from '../../../ui/form-error-summary';
import type { ActionDraft } from '../lib/dialogue-draft';

interface Person {
  id: string;
  name: string;
}

/** One agreed action: what, who, by when, how it is going, and what came of it. A previous
 *  wave's action is followed up only (status and follow-up), not rewritten. */
export function ActionFieldset(props: {
  idBase: string;
  /** The server's field prefix, e.g. "actions.0". */
  field: string;
  legend: string;
  action: ActionDraft;
  members: Person[];
  followUpOnly?: boolean;
  error: unknown;
  onChange: (action: ActionDraft) => void;
  onRemove?: () => void;
  removeLabel?: string;
}) {
  const { t } = useTranslation('barometer');
  const { action } = props;
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) =>
    props.onChange({ ...action, [key]: value });
  const id = (name: string) => `${props.idBase}-${props.field}.${name}`;
  const owner = props.members.find((m) => m.id === action.ownerPersonId);
  return (
    <fieldset className="barometer-action">
      <legend>{props.legend}</legend>
      {props.followUpOnly ? (
        <p className="barometer-prewrap">
          {action.text}
          {owner ? ` (${t('dialogue.actionOwner')}: ${owner.name})` : ''}
        </p>
      ) : (
        <Textfield
          id={id('text')}
          label={t('dialogue.actionText')}
          value={action.text}
          error={fieldError(props.error, `${props.field}.text`)}
          onChange={(event) => set('text', event.target.value)}
        />
      )}
      <div className="barometer-action__fields">
        {props.followUpOnly ? null : (
          <>
            <Field>
              <Label htmlFor={id('ownerPersonId')}>{t('dialogue.actionOwner')}</Label>
              <Select
                id={id('ownerPersonId')}
                value={action.ownerPersonId}
                onChange={(event) => set('ownerPersonId', event.target.value)}
              >
                <Select.Option value="">{t('dialogue.actionOwnerNone')}</Select.Option>
                {props.members.map((member) => (
                  <Select.Option key={member.id} value={member.id}>
                    {member.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              id={id('dueOn')}
              type="date"
              label={t('dialogue.actionDue')}
              value={action.dueOn}
              error={fieldError(props.error, `${props.field}.dueOn`)}
              onChange={(event) => set('dueOn', event.target.value)}
            />
          </>
        )}
        <Field>
          <Label htmlFor={id('status')}>{t('dialogue.actionStatus')}</Label>
          <Select
            id={id('status')}
            value={action.status}
            onChange={(event) => {
              const value: unknown = event.target.value;
              if (isOneOf(actionStatuses, value)) set('status', value satisfies ActionStatus);
            }}
          >
            {actionStatuses.map((status) => (
              <Select.Option key={status} value={status}>
                {t(`dialogue.actionStatuses.${status}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        id={id('followUp')}
        multiline
        rows={2}
        label={t('dialogue.actionFollowUp')}
        value={action.followUp}
        error={fieldError(props.error, `${props.field}.followUp`)}
        onChange={(event) => set('followUp', event.target.value)}
      />
      {props.onRemove ? (
        <div>
          <Button type="button" variant="tertiary" data-size="sm" onClick={props.onRemove}>
            {props.removeLabel}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
