import { describe, expect, it } from 'vitest';
import type { Dialogue } from '../../../../common/barometer/api.js';
import { draftFrom, newAction, saveBody } from './dialogue-draft';

const unit = { id: '11111111-1111-4111-8111-111111111111', name: 'Grupp Björken' };
const person = { id: '22222222-2222-4222-8222-222222222222', name: 'Hodan Warsame' };
const action = {
  id: '33333333-3333-4333-8333-333333333333',
  text: 'Ses en kvart varje måndag',
  owner: person,
  dueOn: '2027-01-15',
  status: 'planned' as const,
  followUp: '',
};

const dialogue: Dialogue = {
  wave: { id: '44444444-4444-4444-8444-444444444444', title: 'Puls' },
  unit,
  dialogue: {
    id: '55555555-5555-4555-8555-555555555555',
    seen: 'Vi litar på varandra',
    willDo: 'Fortsätta',
    actions: [action],
    obstacles: [],
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
  previous: {
    wave: { id: '66666666-6666-4666-8666-666666666666', title: 'Förra' },
    dialogueId: '77777777-7777-4777-8777-777777777777',
    actions: [{ ...action, id: '88888888-8888-4888-8888-888888888888', owner: null, dueOn: null }],
  },
  members: [person],
  can: { edit: true, raiseObstacle: true },
};

describe('dialogue draft', () => {
  it('sends back what it read, a new action without id, and blanks as null', () => {
    const draft = draftFrom(dialogue);
    draft.actions.push({ ...newAction(), text: 'Ny åtgärd' });
    const previous = draft.previous[0];
    if (previous) draft.previous[0] = { ...previous, status: 'done', followUp: 'Det fungerade' };
    expect(saveBody(draft)).toEqual({
      seen: 'Vi litar på varandra',
      willDo: 'Fortsätta',
      actions: [
        {
          id: action.id,
          text: action.text,
          ownerPersonId: person.id,
          dueOn: '2027-01-15',
          status: 'planned',
          followUp: '',
        },
        { text: 'Ny åtgärd', ownerPersonId: null, dueOn: null, status: 'planned', followUp: '' },
      ],
      previousActions: [{ id: '88888888-8888-4888-8888-888888888888', status: 'done', followUp: 'Det fungerade' }],
    });
  });

  it('starts empty before the first save', () => {
    expect(draftFrom({ ...dialogue, dialogue: null, previous: null })).toEqual({
      seen: '',
      willDo: '',
      actions: [],
      previous: [],
    });
  });
});
