// The dialogue form's state and the PUT body built from it. Kept apart from the component so the
// mapping (which fields are sent, new actions without id) is plain to read and to test.
import type { ActionStatus, Dialogue, DialogueAction, SaveDialogueBody } from '../../../../common/barometer/api.js';

export interface ActionDraft {
  /** Missing for an action added on this page. */
  id?: string;
  /** Stable React key, also for new actions. */
  key: string;
  text: string;
  ownerPersonId: string;
  dueOn: string;
  status: ActionStatus;
  followUp: string;
}

export interface DialogueDraft {
  seen: string;
  willDo: string;
  actions: ActionDraft[];
  previous: ActionDraft[];
}

function draftOf(action: DialogueAction): ActionDraft {
  return {
    id: action.id,
    key: action.id,
    text: action.text,
    ownerPersonId: action.owner?.id ?? '',
    dueOn: action.dueOn ?? '',
    status: action.status,
    followUp: action.followUp,
  };
}

export function draftFrom(dialogue: Dialogue): DialogueDraft {
  return {
    seen: dialogue.dialogue?.seen ?? '',
    willDo: dialogue.dialogue?.willDo ?? '',
    actions: (dialogue.dialogue?.actions ?? []).map(draftOf),
    previous: (dialogue.previous?.actions ?? []).map(draftOf),
  };
}

let counter = 0;

export function newAction(): ActionDraft {
  counter += 1;
  return { key: `new-${counter}`, text: '', ownerPersonId: '', dueOn: '', status: 'planned', followUp: '' };
}

export function saveBody(draft: DialogueDraft): SaveDialogueBody {
  return {
    seen: draft.seen,
    willDo: draft.willDo,
    actions: draft.actions.map((action) => ({
      ...(action.id ? { id: action.id } : {}),
      text: action.text,
      ownerPersonId: action.ownerPersonId === '' ? null : action.ownerPersonId,
      dueOn: action.dueOn === '' ? null : action.dueOn,
      status: action.status,
      followUp: action.followUp,
    })),
    previousActions: draft.previous.flatMap((action) =>
      action.id ? [{ id: action.id, status: action.status, followUp: action.followUp }] : [],
    ),
  };
}
