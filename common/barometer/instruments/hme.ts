// Sustainable employee engagement (HME): motivation, leadership and steering, three items each on
// a 1-5 scale, with a 0-100 index per area and in total, as Swedish municipalities report it.
// The item wording is our own; only the structure follows the index.
import type { InstrumentDefinitionInput } from '../instrument.js';
import { agreeItem, l } from './texts.js';

export const hme: InstrumentDefinitionInput = {
  key: 'hme',
  version: 1,
  names: l(
    'Hållbart medarbetarengagemang (HME)',
    'Bærekraftig medarbeiderengasjement (HME)',
    'Bæredygtigt medarbejderengagement (HME)',
    'Sustainable employee engagement (HME)',
  ),
  descriptions: l(
    'Nio frågor om motivation, ledarskap och styrning, med index 0-100.',
    'Ni spørsmål om motivasjon, ledelse og styring, med indeks 0-100.',
    'Ni spørgsmål om motivation, ledelse og styring, med indeks 0-100.',
    'Nine questions on motivation, leadership and steering, with a 0-100 index.',
  ),
  items: [
    agreeItem(
      'motivationMeaning',
      l(
        'Det jag gör på jobbet känns meningsfullt.',
        'Det jeg gjør på jobben, føles meningsfullt.',
        'Det, jeg laver på arbejdet, føles meningsfuldt.',
        'What I do at work feels meaningful.',
      ),
    ),
    agreeItem(
      'motivationLearning',
      l(
        'Jag utvecklas och lär mig nytt i arbetet.',
        'Jeg utvikler meg og lærer nye ting i arbeidet.',
        'Jeg udvikler mig og lærer nyt i mit arbejde.',
        'I grow and learn new things in my work.',
      ),
    ),
    agreeItem(
      'motivationLooking',
      l(
        'Oftast ser jag fram emot att gå till jobbet.',
        'Som regel gleder jeg meg til å gå på jobb.',
        'Som regel glæder jeg mig til at tage på arbejde.',
        'Most days I look forward to going to work.',
      ),
    ),
    agreeItem(
      'leadershipTrust',
      l(
        'Min chef visar att hen litar på mig.',
        'Lederen min viser at hen stoler på meg.',
        'Min leder viser, at vedkommende stoler på mig.',
        'My manager shows that they trust me.',
      ),
    ),
    agreeItem(
      'leadershipRespect',
      l(
        'Min chef behandlar mig med respekt.',
        'Lederen min behandler meg med respekt.',
        'Min leder behandler mig med respekt.',
        'My manager treats me with respect.',
      ),
    ),
    agreeItem(
      'leadershipInvolve',
      l(
        'Min chef låter mig vara med och påverka hur arbetet görs.',
        'Lederen min lar meg være med og påvirke hvordan arbeidet gjøres.',
        'Min leder lader mig få indflydelse på, hvordan arbejdet bliver gjort.',
        'My manager lets me have a say in how the work is done.',
      ),
    ),
    agreeItem(
      'steeringGoals',
      l(
        'Jag vet vilka mål min arbetsplats har.',
        'Jeg vet hvilke mål arbeidsplassen min har.',
        'Jeg ved, hvilke mål min arbejdsplads har.',
        'I know what goals my workplace has.',
      ),
    ),
    agreeItem(
      'steeringUnderstand',
      l(
        'Jag förstår vad målen betyder för mitt eget arbete.',
        'Jeg forstår hva målene betyr for mitt eget arbeid.',
        'Jeg forstår, hvad målene betyder for mit eget arbejde.',
        'I understand what the goals mean for my own work.',
      ),
    ),
    agreeItem(
      'steeringFollowUp',
      l(
        'Vi följer upp hur det går med våra mål.',
        'Vi følger opp hvordan det går med målene våre.',
        'Vi følger op på, hvordan det går med vores mål.',
        'We follow up on how we are doing against our goals.',
      ),
    ),
  ],
  dimensions: [
    {
      key: 'motivation',
      names: l('Motivation', 'Motivasjon', 'Motivation', 'Motivation'),
      items: ['motivationMeaning', 'motivationLearning', 'motivationLooking'],
      score100: true,
    },
    {
      key: 'leadership',
      names: l('Ledarskap', 'Ledelse', 'Ledelse', 'Leadership'),
      items: ['leadershipTrust', 'leadershipRespect', 'leadershipInvolve'],
      score100: true,
    },
    {
      key: 'steering',
      names: l('Styrning', 'Styring', 'Styring', 'Steering'),
      items: ['steeringGoals', 'steeringUnderstand', 'steeringFollowUp'],
      score100: true,
    },
  ],
  totalIndex: { key: 'hmeTotal', names: l('HME totalt', 'HME totalt', 'HME i alt', 'HME total') },
};
