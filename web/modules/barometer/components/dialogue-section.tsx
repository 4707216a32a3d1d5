import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dialogue } from '../../../../common/barometer/api.js';
import { AppLink } from '../../../ui/app-link';
import { fieldError, FormErrorSummary, type FormField } from '../../../ui/form-error-summary';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { BusyButton } from '../../org/components/busy-button';
import { errorKey } from '../../org/components/form-errors';
import { retryFor } from '../../org/lib/retry';
import { useDialogue, useSaveDialogue } from '../api/dialogue-api';
import { draftFrom, newAction, saveBody, type DialogueDraft } from '../lib/dialogue-draft';
import { ActionFieldset } from './action-fieldset';
import { ObstacleForm } from './obstacle-form';

/** The team's dialogue on one unit's result: what we see, what we will do (actions with owner and
 *  date, followed up at the next wave), and obstacles raised as signals. Managers of the unit
 *  write; members read. */
export function DialogueSection(props: { waveId: string; unitId: string; onStatus: (message: string) => void }) {
  const { t } = useTranslation('barometer');
  const dialogue = useDialogue(props.waveId, props.unitId);
  const data = dialogue.data;
  return (
    <section className="page-section" aria-labelledby="barometer-dialogue">
      <Heading level={2} data-size="sm" id="barometer-dialogue">
        {data ? t('dialogue.headingFor', { unit: data.unit.name }) : t('dialogue.heading')}
      </Heading>
      {dialogue.isPending ? <Loading /> : null}
      {dialogue.isError ? <QueryError error={dialogue.error} onRetry={retryFor(dialogue)} /> : null}
      {data ? (
        <>
          {data.can.edit ? (
            <DialogueForm
              key={data.unit.id}
              waveId={props.waveId}
              dialogue={data}
              onSaved={() => props.onStatus(t('dialogue.saved'))}
            />
          ) : (
            <DialogueReadOnly dialogue={data} />
          )}
          <ObstacleList dialogue={data} />
          {data.can.raiseObstacle ? (
            <ObstacleForm
              waveId={props.waveId}
              unitId={data.unit.id}
              onRaised={() => props.onStatus(t('dialogue.raised'))}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function DialogueForm(props: { waveId: string; dialogue: Dialogue; onSaved: () => void }) {
  const { t } = useTranslation('barometer');
  const save = useSaveDialogue(props.waveId, props.dialogue.unit.id);
  const [draft, setDraft] = useState<DialogueDraft>(() => draftFrom(props.dialogue));
  const base = useId();
  const set = (patch: Partial<DialogueDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const fields: Record<string, FormField> = {
    seen: { inputId: `${base}-seen`, label: t('dialogue.seeLabel') },
    willDo: { inputId: `${base}-willDo`, label: t('dialogue.doLabel') },
  };
  draft.actions.forEach((_, index) => {
    const number = index + 1;
    fields[`actions.${index}.text`] = {
      inputId: `${base}-actions.${index}.text`,
      label: `${t('dialogue.actionNumber', { number })}, ${t('dialogue.actionText')}`,
    };
    fields[`actions.${index}.dueOn`] = {
      inputId: `${base}-actions.${index}.dueOn`,
      label: `${t('dialogue.actionNumber', { number })}, ${t('dialogue.actionDue')}`,
    };
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(saveBody(draft), {
          onSuccess: (saved) => {
            // New actions got their ids: the next save must update them, not add them again.
            setDraft(draftFrom(saved));
            props.onSaved();
          },
        });
      }}
    >
      <Paragraph>{t('dialogue.intro')}</Paragraph>
      {save.error ? <FormErrorSummary key={errorKey(save.error)} error={save.error} fields={fields} /> : null}
      {draft.previous.length > 0 && props.dialogue.previous ? (
        <div className="page-section">
          <Heading level={3} data-size="xs">
            {t('dialogue.previousHeading', { wave: props.dialogue.previous.wave.title })}
          </Heading>
          {draft.previous.map((action, index) => (
            <ActionFieldset
              key={action.key}
              idBase={base}
              field={`previousActions.${index}`}
              legend={t('dialogue.actionNumber', { number: index + 1 })}
              action={action}
              members={props.dialogue.members}
              followUpOnly
              error={save.error}
              onChange={(next) => set({ previous: draft.previous.map((a, i) => (i === index ? next : a)) })}
            />
          ))}
        </div>
      ) : null}
      <Textfield
        id={fields.seen?.inputId}
        multiline
        rows={4}
        label={t('dialogue.seeLabel')}
        value={draft.seen}
        error={fieldError(save.error, 'seen')}
        onChange={(event) => set({ seen: event.target.value })}
      />
      <Textfield
        id={fields.willDo?.inputId}
        multiline
        rows={4}
        label={t('dialogue.doLabel')}
        value={draft.willDo}
        error={fieldError(save.error, 'willDo')}
        onChange={(event) => set({ willDo: event.target.value })}
      />
      <div className="page-section">
        <Heading level={3} data-size="xs">
          {t('dialogue.actionsLegend')}
        </Heading>
        {draft.actions.map((action, index) => (
          <ActionFieldset
            key={action.key}
            idBase={base}
            field={`actions.${index}`}
            legend={t('dialogue.actionNumber', { number: index + 1 })}
            action={action}
            members={props.dialogue.members}
            error={save.error}
            onChange={(next) => set({ actions: draft.actions.map((a, i) => (i === index ? next : a)) })}
            onRemove={() => set({ actions: draft.actions.filter((_, i) => i !== index) })}
            removeLabel={t('dialogue.removeAction', { number: index + 1 })}
          />
        ))}
        <div>
          <Button type="button" variant="secondary" onClick={() => set({ actions: [...draft.actions, newAction()] })}>
            {t('dialogue.addAction')}
          </Button>
        </div>
      </div>
      <div className="button-row">
        <BusyButton type="submit" pending={save.isPending}>
          {t('dialogue.save')}
        </BusyButton>
      </div>
    </form>
  );
}

function DialogueReadOnly({ dialogue }: { dialogue: Dialogue }) {
  const { t } = useTranslation('barometer');
  const { formatDate } = useFormat();
  const written = dialogue.dialogue;
  if (!written)
    return (
      <>
        <Paragraph>{t('dialogue.readOnly')}</Paragraph>
        <Paragraph>{t('dialogue.empty')}</Paragraph>
      </>
    );
  return (
    <>
      <Paragraph>{t('dialogue.readOnly')}</Paragraph>
      <Heading level={3} data-size="xs">
        {t('dialogue.seeLabel')}
      </Heading>
      <Paragraph className="barometer-prewrap">{written.seen || '–'}</Paragraph>
      <Heading level={3} data-size="xs">
        {t('dialogue.doLabel')}
      </Heading>
      <Paragraph className="barometer-prewrap">{written.willDo || '–'}</Paragraph>
      {written.actions.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('dialogue.actionsLegend')}
          </Heading>
          <ul className="plain-list">
            {written.actions.map((action) => (
              <li key={action.id} className="stacked">
                <span className="barometer-prewrap">{action.text}</span>
                <span className="meta">
                  {[
                    action.owner ? `${t('dialogue.actionOwner')}: ${action.owner.name}` : null,
                    action.dueOn ? `${t('dialogue.actionDue')}: ${formatDate(action.dueOn)}` : null,
                    `${t('dialogue.actionStatus')}: ${t(`dialogue.actionStatuses.${action.status}`)}`,
                  ]
                    .filter((part) => part !== null)
                    .join(' · ')}
                </span>
                {action.followUp ? <span className="barometer-prewrap">{action.followUp}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function ObstacleList({ dialogue }: { dialogue: Dialogue }) {
  const { t } = useTranslation('barometer');
  const obstacles = dialogue.dialogue?.obstacles ?? [];
  if (obstacles.length === 0) return null;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('dialogue.raisedList')}
      </Heading>
      <ul className="plain-list">
        {obstacles.map((obstacle) => (
          <li key={obstacle.signalId}>
            <AppLink to={`/signals/${obstacle.signalId}`}>{t('dialogue.openSignal', { text: obstacle.text })}</AppLink>
          </li>
        ))}
      </ul>
    </>
  );
}
