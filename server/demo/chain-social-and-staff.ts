// Individ- och familjeomsorg (the social services) and the two staff functions, HR and finance.
// Finance controllers are also members of the department they support, as they are in practice.
import type { UnitPlan } from './unit-plan.js';

export const socialServices: UnitPlan = {
  code: 'IFO',
  name: 'Individ- och familjeomsorg',
  kind: 'department',
  description: 'Socialtjänstens stöd till barn, unga, familjer och vuxna samt ekonomiskt bistånd.',
  manager: { title: 'Socialchef', alsoIn: 'FV' },
  staff: [
    { title: 'Verksamhetsutvecklare', count: 1 },
    { title: 'Administratör', count: 1 },
  ],
  children: [
    {
      code: 'IFO-BU',
      name: 'Barn och unga',
      kind: 'unit',
      description: 'Utredningar och insatser för barn och unga enligt SoL och LVU.',
      manager: { title: 'Enhetschef barn och unga' },
      deputy: { title: 'Biträdande enhetschef' },
      children: [
        {
          code: 'IFO-BU-MOT',
          name: 'Mottagning och utredning',
          kind: 'team',
          description: 'Tar emot orosanmälningar och utreder barns behov av stöd och skydd.',
          manager: { title: 'Förste socialsekreterare' },
          staff: [
            { title: 'Socialsekreterare', count: 6 },
            { title: 'Socialsekreterare', count: 1, leftOn: '2025-05-31' },
          ],
        },
        {
          code: 'IFO-BU-FAM',
          name: 'Familjehem och insatser',
          kind: 'team',
          description: 'Familjehemsvård, kontaktfamiljer och familjebehandling.',
          manager: { title: 'Förste socialsekreterare' },
          staff: [
            { title: 'Familjehemssekreterare', count: 3 },
            { title: 'Familjebehandlare', count: 3 },
          ],
        },
      ],
    },
    {
      code: 'IFO-VUX',
      name: 'Vuxenenheten',
      kind: 'unit',
      description: 'Stöd vid missbruk, beroende och våld i nära relationer för vuxna.',
      manager: { title: 'Enhetschef vuxenenheten' },
      staff: [
        { title: 'Socialsekreterare', count: 4 },
        { title: 'Behandlingsassistent', count: 2 },
      ],
    },
    {
      code: 'IFO-FS',
      name: 'Försörjningsstöd',
      kind: 'unit',
      description: 'Ekonomiskt bistånd och vägar till egen försörjning.',
      manager: { title: 'Enhetschef försörjningsstöd' },
      children: [
        {
          code: 'IFO-FS-MOT',
          name: 'Mottagning ekonomiskt bistånd',
          kind: 'team',
          description: 'Tar emot och utreder ansökningar om ekonomiskt bistånd.',
          manager: { title: 'Förste socialsekreterare' },
          staff: [{ title: 'Socialsekreterare', count: 4 }],
        },
        {
          code: 'IFO-FS-ARB',
          name: 'Arbetsmarknad och etablering',
          kind: 'team',
          description: 'Stöd till arbete och studier i samverkan med Arbetsförmedlingen.',
          manager: { title: 'Samordnare arbetsmarknad' },
          staff: [
            { title: 'Arbetsmarknadskonsulent', count: 3 },
            { title: 'Socialsekreterare', count: 2 },
          ],
        },
      ],
    },
  ],
};

export const humanResources: UnitPlan = {
  code: 'HR',
  name: 'HR-avdelningen',
  kind: 'department',
  description: 'Kommungemensamt stöd i arbetsgivarfrågor, arbetsmiljö, kompetensförsörjning och lön.',
  manager: { title: 'HR-chef', alsoIn: 'FV' },
  staff: [{ title: 'HR-strateg', count: 1, orgRoles: ['analyst'] }],
  children: [
    {
      code: 'HR-STD',
      name: 'HR-stöd',
      kind: 'unit',
      description: 'HR-konsulter som stöder chefer i personal- och arbetsmiljöfrågor.',
      manager: { title: 'Enhetschef HR-stöd' },
      staff: [
        { title: 'HR-konsult', count: 1, alsoIn: 'AO' },
        { title: 'HR-konsult', count: 1, alsoIn: 'BU' },
        { title: 'HR-konsult', count: 2 },
        { title: 'HR-specialist arbetsmiljö', count: 1 },
        { title: 'HR-specialist, visselblåsarfunktionen', count: 1, orgRoles: ['case_handler'] },
      ],
    },
    {
      code: 'HR-LON',
      name: 'Lönecenter',
      kind: 'unit',
      description: 'Löneutbetalning, pension och systemstöd för lön.',
      manager: { title: 'Enhetschef lönecenter' },
      staff: [{ title: 'Löneadministratör', count: 5 }],
    },
  ],
};

export const finance: UnitPlan = {
  code: 'EK',
  name: 'Ekonomiavdelningen',
  kind: 'department',
  description: 'Budget, uppföljning, redovisning och upphandling för hela kommunen.',
  manager: { title: 'Ekonomichef', alsoIn: 'FV' },
  children: [
    {
      code: 'EK-STD',
      name: 'Ekonomistöd',
      kind: 'unit',
      description: 'Controllers som stöder förvaltningarna i budget och uppföljning.',
      manager: { title: 'Enhetschef ekonomistöd' },
      staff: [
        { title: 'Controller', count: 1, alsoIn: 'AO' },
        { title: 'Controller', count: 1, alsoIn: 'BU' },
        { title: 'Controller', count: 1, alsoIn: 'IFO' },
        { title: 'Ekonom', count: 2 },
      ],
    },
    {
      code: 'EK-RED',
      name: 'Redovisning och upphandling',
      kind: 'unit',
      description: 'Kommunens bokslut, leverantörsreskontra och upphandlingar.',
      manager: { title: 'Enhetschef redovisning' },
      staff: [
        { title: 'Redovisningsekonom', count: 2 },
        { title: 'Upphandlare', count: 2 },
        { title: 'Ekonomiassistent', count: 2 },
      ],
    },
  ],
};
