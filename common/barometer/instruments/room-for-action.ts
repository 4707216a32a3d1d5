// Room for action and burden: mandate, support, and how much time goes to work that does not help
// the people we serve. Our own wording.
import type { InstrumentDefinitionInput } from '../instrument.js';
import { agreeItem, l } from './texts.js';

export const roomForAction: InstrumentDefinitionInput = {
  key: 'roomForAction',
  version: 1,
  names: l('Handlingsutrymme och börda', 'Handlingsrom og byrde', 'Handlerum og byrde', 'Room for action and burden'),
  descriptions: l(
    'Har du mandat och stöd, och hur mycket tid går till sådant som inte hjälper någon?',
    'Har du mandat og støtte, og hvor mye tid går med til ting som ikke hjelper noen?',
    'Har du mandat og støtte, og hvor meget tid går til ting, der ikke hjælper nogen?',
    'Do you have the mandate and support you need, and how much time goes to work that helps no one?',
  ),
  items: [
    agreeItem(
      'mandateDecide',
      l(
        'Jag får fatta de beslut som behövs i mötet med dem vi är till för.',
        'Jeg får ta beslutningene som trengs i møtet med dem vi er til for.',
        'Jeg må træffe de beslutninger, der er brug for i mødet med dem, vi er til for.',
        'I may make the decisions needed when I meet the people we serve.',
      ),
    ),
    agreeItem(
      'mandateClear',
      l(
        'Det är tydligt vem som får bestämma vad.',
        'Det er tydelig hvem som bestemmer hva.',
        'Det er tydeligt, hvem der bestemmer hvad.',
        'It is clear who may decide what.',
      ),
    ),
    agreeItem(
      'mandateAdapt',
      l(
        'Jag kan anpassa arbetet efter den enskildes behov.',
        'Jeg kan tilpasse arbeidet etter den enkeltes behov.',
        'Jeg kan tilpasse arbejdet efter den enkeltes behov.',
        'I can adapt the work to the needs of each person.',
      ),
    ),
    agreeItem(
      'supportManager',
      l(
        'Jag får det stöd jag behöver av min chef.',
        'Jeg får støtten jeg trenger fra lederen min.',
        'Jeg får den støtte, jeg har brug for, fra min leder.',
        'I get the support I need from my manager.',
      ),
    ),
    agreeItem(
      'supportTools',
      l(
        'Våra system och verktyg hjälper mer än de stjälper.',
        'Systemene og verktøyene våre hjelper mer enn de hindrer.',
        'Vores systemer og værktøjer hjælper mere, end de står i vejen.',
        'Our systems and tools help more than they hinder.',
      ),
    ),
    agreeItem(
      'supportObstacles',
      l(
        'När jag lyfter ett hinder händer det något.',
        'Når jeg tar opp et hinder, skjer det noe.',
        'Når jeg rejser en forhindring, sker der noget.',
        'When I raise an obstacle, something happens.',
      ),
    ),
    {
      key: 'wastedTime',
      kind: 'choice',
      text: l(
        'Hur stor del av din arbetstid går till uppgifter som inte hjälper dem vi är till för?',
        'Hvor stor del av arbeidstiden din går til oppgaver som ikke hjelper dem vi er til for?',
        'Hvor stor en del af din arbejdstid går til opgaver, der ikke hjælper dem, vi er til for?',
        'How much of your working time goes to tasks that do not help the people we serve?',
      ),
      choices: [
        l('Nästan ingen', 'Nesten ingen', 'Næsten ingen', 'Almost none'),
        l('Upp till en tiondel', 'Opptil en tidel', 'Op til en tiendedel', 'Up to a tenth'),
        l('Upp till en fjärdedel', 'Opptil en firedel', 'Op til en fjerdedel', 'Up to a quarter'),
        l('Upp till hälften', 'Opptil halvparten', 'Op til halvdelen', 'Up to half'),
        l('Mer än hälften', 'Mer enn halvparten', 'Mere end halvdelen', 'More than half'),
      ],
    },
    {
      key: 'wastedWhat',
      kind: 'text',
      text: l(
        'Vad tar mest tid utan att hjälpa någon? (frivilligt, skriv inga namn)',
        'Hva tar mest tid uten å hjelpe noen? (frivillig, ikke skriv navn)',
        'Hvad tager mest tid uden at hjælpe nogen? (frivilligt, skriv ingen navne)',
        'What takes the most time without helping anyone? (optional, no names please)',
      ),
    },
  ],
  dimensions: [
    {
      key: 'mandate',
      names: l('Mandat', 'Mandat', 'Mandat', 'Mandate'),
      items: ['mandateDecide', 'mandateClear', 'mandateAdapt'],
      score100: true,
    },
    {
      key: 'support',
      names: l('Stöd', 'Støtte', 'Støtte', 'Support'),
      items: ['supportManager', 'supportTools', 'supportObstacles'],
      score100: true,
    },
  ],
};
