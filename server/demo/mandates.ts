// Extracts from the demo municipality's delegation schedules (delegationsordningar): who may decide
// what on a committee's behalf. They make "who has the mandate for this?" answerable in the demo.
import type { mandateHolderRoles } from '../../common/org/roles.js';

export type MandateHolderRole = (typeof mandateHolderRoles)[number];

export interface MandatePlan {
  /** The unit the mandate belongs to; null for mandates that follow a role across the organisation. */
  unit: string | null;
  holderRole: MandateHolderRole | null;
  title: string;
  description: string;
  delegatedBy: string;
  decidedOn: string;
  /** Set on a mandate that a later decision replaced; it stays in the list as history. */
  replacedOn?: string;
}

const ksStaffDecision = 'Kommunstyrelsen 2024-12-04 § 201';
const vonDecision = 'Vård- och omsorgsnämnden 2025-02-12 § 14';
const snDecision = 'Socialnämnden 2025-01-22 § 8';
const bunDecision = 'Barn- och utbildningsnämnden 2025-01-29 § 6';

const departments = ['AO', 'BU', 'IFO', 'HR', 'EK'];

export const demoMandates: readonly MandatePlan[] = [
  {
    unit: 'AO-BIS',
    holderRole: 'staff',
    title: 'Beslut om bistånd enligt 4 kap. 1 § SoL',
    description: 'Biståndshandläggare beslutar om hemtjänst, trygghetslarm, korttidsvistelse och särskilt boende.',
    delegatedBy: vonDecision,
    decidedOn: '2025-02-12',
  },
  {
    unit: 'AO-BIS',
    holderRole: 'manager',
    title: 'Beslut om bistånd utöver nämndens riktlinjer',
    description: 'Enhetschefen beslutar i ärenden där behovet inte ryms i riktlinjerna för biståndsbedömning.',
    delegatedBy: vonDecision,
    decidedOn: '2025-02-12',
  },
  {
    unit: 'AO',
    holderRole: 'manager',
    title: 'Anmälan av allvarliga missförhållanden till IVO (lex Sarah)',
    description: 'Beslut om att anmäla ett allvarligt missförhållande eller en påtaglig risk till IVO.',
    delegatedBy: vonDecision,
    decidedOn: '2025-02-12',
  },
  ...departments.map((unit): MandatePlan => ({
    unit,
    holderRole: 'manager',
    title: 'Anställning av personal inom enheten',
    description: 'Beslut om tillsvidare- och visstidsanställning; får vidaredelegeras till enhetschef.',
    delegatedBy: ksStaffDecision,
    decidedOn: '2024-12-04',
  })),
  {
    unit: null,
    holderRole: 'manager',
    title: 'Attest av fakturor upp till 50 000 kr',
    description: 'Beslutsattest inom den egna enhetens budget enligt kommunens attestreglemente.',
    delegatedBy: 'Kommunstyrelsen 2024-12-04 § 203',
    decidedOn: '2024-12-04',
  },
  {
    unit: null,
    holderRole: 'manager',
    title: 'Attest av fakturor upp till 20 000 kr',
    description: 'Ersatt av attestgränsen 50 000 kr från december 2024.',
    delegatedBy: 'Kommunstyrelsen 2021-11-10 § 187',
    decidedOn: '2021-11-10',
    replacedOn: '2024-12-04',
  },
  {
    unit: 'IFO-FS',
    holderRole: 'staff',
    title: 'Beslut om ekonomiskt bistånd upp till ett halvt prisbasbelopp',
    description: 'Försörjningsstöd och bistånd till livsföringen i övrigt, per beslut.',
    delegatedBy: snDecision,
    decidedOn: '2025-01-22',
  },
  {
    unit: 'IFO-FS',
    holderRole: 'manager',
    title: 'Beslut om ekonomiskt bistånd upp till ett prisbasbelopp',
    description: 'Större belopp avgörs av socialnämndens individutskott.',
    delegatedBy: snDecision,
    decidedOn: '2025-01-22',
  },
  {
    unit: 'IFO-BU',
    holderRole: 'staff',
    title: 'Beslut om att inleda utredning enligt 11 kap. 1 § SoL',
    description: 'Socialsekreterare beslutar om att inleda eller inte inleda utredning efter en orosanmälan.',
    delegatedBy: snDecision,
    decidedOn: '2025-01-22',
  },
  {
    unit: 'SN',
    holderRole: 'politician',
    title: 'Beslut om omedelbart omhändertagande enligt 6 § LVU',
    description: 'Ordföranden, vid förhinder vice ordföranden, när nämndens beslut inte kan avvaktas.',
    delegatedBy: snDecision,
    decidedOn: '2025-01-22',
  },
  {
    unit: 'BU-KANS',
    holderRole: 'staff',
    title: 'Beslut om skolskjuts',
    description: 'Kostnadsfri skolskjuts enligt 10 kap. 32 § skollagen, även vid växelvis boende.',
    delegatedBy: bunDecision,
    decidedOn: '2025-01-29',
  },
  {
    unit: 'BU-KANS',
    holderRole: 'staff',
    title: 'Beslut om placering i förskola',
    description: 'Erbjudande om plats i förskola enligt 8 kap. 14 § skollagen.',
    delegatedBy: bunDecision,
    decidedOn: '2025-01-29',
  },
  {
    unit: null,
    holderRole: 'case_handler',
    title: 'Ta emot och följa upp rapporter i visselblåsarfunktionen',
    description: 'Enligt lagen (2021:890) om skydd för personer som rapporterar om missförhållanden.',
    delegatedBy: 'Kommunstyrelsen 2023-06-14 § 98',
    decidedOn: '2023-06-14',
  },
];
