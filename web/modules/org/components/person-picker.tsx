import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../common/org/people.js';
import { usePeople } from '../api/use-people';
import { useDebouncedValue } from '../lib/use-debounced-value';

export interface PersonPickerProps {
  /** Id of the search field: the error summary links here. */
  id: string;
  legend: ReactNode;
  value: PersonSummary | null;
  onChange: (person: PersonSummary) => void;
  error?: string;
}

const resultLimit = 10;

/** Finds a person by name, e-mail or title on the server and offers the hits as radio buttons. */
export function PersonPicker(props: PersonPickerProps) {
  const { t } = useTranslation('org');
  const name = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const enabled = q.length >= 2;
  const people = usePeople(
    { q, unitId: undefined, includeInactive: false, offset: 0, limit: resultLimit, directory: true },
    { enabled },
  );
  const hits = enabled ? (people.data?.items ?? []) : [];
  const chosen = props.value;
  const shown = chosen && !hits.some((p) => p.id === chosen.id) ? [chosen, ...hits] : hits;

  let status: string;
  if (!enabled) status = t('personPicker.typeMore');
  else if (people.isError) status = t('common.loadError');
  else if (people.isFetching && !people.data) status = t('common.loading');
  else if (hits.length === 0) status = t('personPicker.noMatches');
  else status = t('personPicker.matches', { count: people.data?.total ?? hits.length });

  return (
    <Fieldset className="org-picker">
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      <Textfield
        id={props.id}
        type="search"
        label={t('personPicker.searchLabel')}
        description={t('personPicker.searchHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
      />
      <Paragraph data-size="sm" aria-live="polite" className="org-hint">
        {status}
      </Paragraph>
      <div className="org-picker-options">
        {shown.map((person) => (
          <Radio
            key={person.id}
            name={name}
            value={person.id}
            label={person.name}
            description={[person.title, person.email].filter(Boolean).join(' · ')}
            checked={chosen?.id === person.id}
            onChange={() => props.onChange(person)}
          />
        ))}
      </div>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
