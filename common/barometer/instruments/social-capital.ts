// Social capital: trust between levels and between colleagues, justice, and cooperation. Our own wording.
import type { InstrumentDefinitionInput } from '../instrument.js';
import { agreeItem, l } from './texts.js';

export const socialCapital: InstrumentDefinitionInput = {
  key: 'socialCapital',
  version: 1,
  names: l('Social kapital', 'Sosial kapital', 'Social kapital', 'Social capital'),
  descriptions: l(
    'Tillit mellan nivåer och mellan kollegor, rättvisa och samarbete.',
    'Tillit mellom nivåer og mellom kolleger, rettferdighet og samarbeid.',
    'Tillid mellem niveauer og mellem kolleger, retfærdighed og samarbejde.',
    'Trust between levels and between colleagues, fairness and cooperation.',
  ),
  items: [
    agreeItem(
      'verticalInform',
      l(
        'Ledningen ger oss den information vi behöver i tid.',
        'Ledelsen gir oss informasjonen vi trenger i tide.',
        'Ledelsen giver os den information, vi har brug for, i tide.',
        'Management gives us the information we need in good time.',
      ),
    ),
    agreeItem(
      'verticalRely',
      l(
        'Vi kan lita på det ledningen säger.',
        'Vi kan stole på det ledelsen sier.',
        'Vi kan stole på det, ledelsen siger.',
        'We can rely on what management says.',
      ),
    ),
    agreeItem(
      'verticalVoice',
      l(
        'Jag kan ta upp problem med ledningen utan att det slår tillbaka på mig.',
        'Jeg kan ta opp problemer med ledelsen uten at det slår tilbake på meg.',
        'Jeg kan tage problemer op med ledelsen, uden at det falder tilbage på mig.',
        'I can raise problems with management without it backfiring on me.',
      ),
    ),
    agreeItem(
      'horizontalRely',
      l(
        'Jag kan lita på mina kollegor.',
        'Jeg kan stole på kollegene mine.',
        'Jeg kan stole på mine kolleger.',
        'I can rely on my colleagues.',
      ),
    ),
    agreeItem(
      'horizontalShare',
      l(
        'Vi delar med oss av kunskap och erfarenheter i arbetsgruppen.',
        'Vi deler kunnskap og erfaringer i arbeidsgruppen.',
        'Vi deler viden og erfaringer i arbejdsgruppen.',
        'We share knowledge and experience within our work group.',
      ),
    ),
    agreeItem(
      'horizontalHelp',
      l(
        'Kollegor hjälper till när någon har för mycket.',
        'Kolleger hjelper til når noen har for mye å gjøre.',
        'Kolleger hjælper til, når nogen har for meget at se til.',
        'Colleagues step in when someone has too much to do.',
      ),
    ),
    agreeItem(
      'justiceFair',
      l(
        'Arbetsuppgifterna fördelas på ett rättvist sätt.',
        'Arbeidsoppgavene fordeles på en rettferdig måte.',
        'Opgaverne fordeles på en retfærdig måde.',
        'Tasks are shared out fairly.',
      ),
    ),
    agreeItem(
      'justiceRecognition',
      l(
        'Ett gott arbete blir uppmärksammat.',
        'Godt arbeid blir lagt merke til.',
        'Godt arbejde bliver anerkendt.',
        'Good work is noticed.',
      ),
    ),
    agreeItem(
      'justiceConflicts',
      l(
        'Konflikter löses på ett rättvist sätt.',
        'Konflikter løses på en rettferdig måte.',
        'Konflikter bliver løst på en retfærdig måde.',
        'Conflicts are resolved fairly.',
      ),
    ),
    agreeItem(
      'cooperationGroup',
      l(
        'Vi samarbetar bra inom arbetsgruppen.',
        'Vi samarbeider godt i arbeidsgruppen.',
        'Vi samarbejder godt i arbejdsgruppen.',
        'We work well together within our group.',
      ),
    ),
    agreeItem(
      'cooperationOthers',
      l(
        'Samarbetet med andra enheter fungerar bra.',
        'Samarbeidet med andre enheter fungerer godt.',
        'Samarbejdet med andre enheder fungerer godt.',
        'Cooperation with other units works well.',
      ),
    ),
    agreeItem(
      'cooperationCoreTask',
      l(
        'Vi har en gemensam bild av varför vi finns till och för vem.',
        'Vi har et felles bilde av hvorfor vi er til og for hvem.',
        'Vi har et fælles billede af, hvorfor vi er her, og for hvem.',
        'We share a picture of why we are here and for whom.',
      ),
    ),
  ],
  dimensions: [
    {
      key: 'verticalTrust',
      names: l('Vertikal tillit', 'Vertikal tillit', 'Vertikal tillid', 'Vertical trust'),
      items: ['verticalInform', 'verticalRely', 'verticalVoice'],
      score100: true,
    },
    {
      key: 'horizontalTrust',
      names: l('Horisontell tillit', 'Horisontal tillit', 'Horisontal tillid', 'Horizontal trust'),
      items: ['horizontalRely', 'horizontalShare', 'horizontalHelp'],
      score100: true,
    },
    {
      key: 'justice',
      names: l('Rättvisa', 'Rettferdighet', 'Retfærdighed', 'Fairness'),
      items: ['justiceFair', 'justiceRecognition', 'justiceConflicts'],
      score100: true,
    },
    {
      key: 'cooperation',
      names: l('Samarbete', 'Samarbeid', 'Samarbejde', 'Cooperation'),
      items: ['cooperationGroup', 'cooperationOthers', 'cooperationCoreTask'],
      score100: true,
    },
  ],
};
