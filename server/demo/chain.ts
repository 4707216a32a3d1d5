// The steering chain of Exempelby kommun: politicians, the administration and its departments,
// and the parties outside the organisation that the five relations of trust point to.
import { elderlyCare } from './chain-elderly-care.js';
import { schools } from './chain-schools.js';
import { finance, humanResources, socialServices } from './chain-social-and-staff.js';
import type { UnitPlan } from './unit-plan.js';

/** A committee: a chair who also sits on the municipal board, a vice chair and members. */
function committee(code: string, name: string, description: string): UnitPlan {
  const lower = name.toLowerCase();
  return {
    code,
    name,
    kind: 'board',
    description,
    staff: [
      { title: `Ordförande i ${lower}`, count: 1, alsoIn: 'KS', orgRoles: ['politician'] },
      { title: `Vice ordförande i ${lower}`, count: 1, orgRoles: ['politician'] },
      { title: `Ledamot i ${lower}`, count: 5, orgRoles: ['politician'] },
    ],
  };
}

const administration: UnitPlan = {
  code: 'FV',
  name: 'Kommunförvaltningen',
  kind: 'administration',
  description: 'Kommunens samlade förvaltning under kommundirektören; verkställer nämndernas beslut.',
  manager: { title: 'Kommundirektör' },
  deputy: { title: 'Biträdande kommundirektör' },
  staff: [
    { title: 'Kommunsekreterare', count: 1 },
    { title: 'Nämndsekreterare', count: 2 },
    { title: 'Kommunikatör', count: 2 },
    { title: 'Utvecklingsstrateg', count: 1 },
    { title: 'Kvalitetsstrateg', count: 1, orgRoles: ['analyst'] },
    { title: 'Verksamhetsanalytiker', count: 1, orgRoles: ['analyst'] },
    { title: 'Systemförvaltare', count: 2, orgRoles: ['admin'] },
  ],
  children: [elderlyCare, schools, socialServices, humanResources, finance],
};

const board: UnitPlan = {
  code: 'KS',
  name: 'Kommunstyrelsen',
  kind: 'board',
  description: 'Leder och samordnar kommunens verksamhet och ekonomi; personalorgan för hela kommunen.',
  staff: [
    { title: 'Kommunstyrelsens ordförande', count: 1, orgRoles: ['politician'] },
    { title: 'Kommunstyrelsens förste vice ordförande', count: 1, orgRoles: ['politician'] },
    { title: 'Kommunstyrelsens andre vice ordförande', count: 1, orgRoles: ['politician'] },
    { title: 'Ledamot i kommunstyrelsen', count: 6, orgRoles: ['politician'] },
  ],
  children: [
    committee('VON', 'Vård- och omsorgsnämnden', 'Ansvarar för äldreomsorg och kommunal hälso- och sjukvård.'),
    committee('BUN', 'Barn- och utbildningsnämnden', 'Huvudman för kommunens förskolor och grundskolor.'),
    committee('SN', 'Socialnämnden', 'Ansvarar för individ- och familjeomsorgen och ekonomiskt bistånd.'),
    administration,
  ],
};

function external(code: string, name: string, kind: UnitPlan['kind'], description: string): UnitPlan {
  return { code, name, kind, description };
}

export const demoChain: readonly UnitPlan[] = [
  board,
  external(
    'INV',
    'Invånare och brukare',
    'citizens',
    'Invånare, brukare, elever och vårdnadshavare – de som verksamheten finns till för.',
  ),
  external(
    'REG',
    'Region Exempel',
    'partner',
    'Primärvård, psykiatri och sjukhusvård; samverkan vid utskrivning och samordnad individuell plan (SIP).',
  ),
  external(
    'FK',
    'Försäkringskassan',
    'partner',
    'Sjukpenning och assistansersättning; samverkan kring återgång i arbete.',
  ),
  external('AF', 'Arbetsförmedlingen', 'partner', 'Samverkan kring arbetssökande med ekonomiskt bistånd.'),
  external('POL', 'Polisen, lokalpolisområde Exempelby', 'partner', 'Samverkan mot brott och för trygghet i kommunen.'),
  external('CIV', 'Föreningar och trossamfund', 'partner', 'Idéburna organisationer; idéburet offentligt partnerskap.'),
  external('IVO', 'Inspektionen för vård och omsorg (IVO)', 'supervisory', 'Tillsyn över socialtjänst och vård.'),
  external('SI', 'Skolinspektionen', 'supervisory', 'Tillsyn och kvalitetsgranskning av förskola och skola.'),
  external('SOS', 'Socialstyrelsen', 'supervisory', 'Föreskrifter, allmänna råd och nationella riktlinjer.'),
  external('AV', 'Arbetsmiljöverket', 'supervisory', 'Tillsyn över arbetsmiljön och arbetstidsreglerna.'),
  {
    code: 'REV',
    name: 'Kommunens revisorer',
    kind: 'supervisory',
    description: 'Förtroendevalda revisorer som granskar styrelsens och nämndernas verksamhet.',
    staff: [
      { title: 'Ordförande, kommunens revisorer', count: 1, orgRoles: ['auditor'] },
      { title: 'Förtroendevald revisor', count: 2, orgRoles: ['auditor'] },
      { title: 'Certifierad kommunal revisor', count: 1, orgRoles: ['auditor'] },
    ],
  },
];
