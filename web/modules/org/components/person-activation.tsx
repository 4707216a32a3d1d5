import type { PersonDetail } from '../../../../common/org/people.js';
import { useDeactivatePerson } from '../api/use-deactivate-person';
import { useReactivatePerson } from '../api/use-reactivate-person';
import { ActivationToggle } from './activation-toggle';

/** Someone who leaves is deactivated, not deleted: their name stays on what they did. */
export function PersonActivation({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const deactivate = useDeactivatePerson(person.id);
  const reactivate = useReactivatePerson(person.id);
  return (
    <ActivationToggle
      section="person"
      target={person}
      mutation={person.active ? deactivate : reactivate}
      onStatus={onStatus}
    />
  );
}
