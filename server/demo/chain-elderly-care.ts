// Vård och omsorg: the largest department, as in most Swedish municipalities. Home care districts
// and nursing homes are split into teams, which gives the chain its fifth level.
import type { StaffPlan, UnitPlan } from './unit-plan.js';

function homeCareTeam(code: string, name: string, area: string, extra: readonly StaffPlan[] = []): UnitPlan {
  return {
    code,
    name,
    kind: 'team',
    description: `Hemtjänstgrupp som ger stöd och omsorg i hemmet i ${area}.`,
    manager: { title: 'Gruppledare hemtjänst' },
    staff: [{ title: 'Undersköterska', count: 9 }, { title: 'Vårdbiträde', count: 2 }, ...extra],
  };
}

function wardTeam(code: string, name: string, description: string, extra: readonly StaffPlan[] = []): UnitPlan {
  return {
    code,
    name,
    kind: 'team',
    description,
    manager: { title: 'Samordnare, undersköterska' },
    staff: [{ title: 'Undersköterska', count: 8 }, { title: 'Vårdbiträde', count: 1 }, ...extra],
  };
}

export const elderlyCare: UnitPlan = {
  code: 'AO',
  name: 'Vård och omsorg',
  kind: 'department',
  description: 'Äldreomsorg, hemtjänst, vård- och omsorgsboenden och kommunal hälso- och sjukvård.',
  manager: { title: 'Förvaltningschef vård och omsorg', alsoIn: 'FV' },
  deputy: { title: 'Biträdande förvaltningschef' },
  staff: [
    { title: 'Medicinskt ansvarig sjuksköterska (MAS)', count: 1 },
    { title: 'Verksamhetsutvecklare', count: 1 },
    { title: 'Administratör', count: 1 },
  ],
  children: [
    {
      code: 'AO-BIS',
      name: 'Biståndsenheten',
      kind: 'unit',
      description: 'Utreder och beslutar om bistånd till äldre enligt socialtjänstlagen.',
      manager: { title: 'Enhetschef biståndsenheten' },
      staff: [{ title: 'Biståndshandläggare', count: 6 }],
    },
    {
      code: 'AO-HSL',
      name: 'Hälso- och sjukvårdsenheten',
      kind: 'unit',
      description: 'Kommunens sjuksköterskor och rehabpersonal i hemsjukvård och på boenden.',
      manager: { title: 'Enhetschef hälso- och sjukvård' },
      children: [
        {
          code: 'AO-HSL-SSK',
          name: 'Sjuksköterskor',
          kind: 'team',
          description: 'Sjuksköterskor i hemsjukvården och på kommunens boenden.',
          manager: { title: 'Samordnande sjuksköterska' },
          staff: [
            { title: 'Sjuksköterska', count: 3 },
            { title: 'Sjuksköterska', count: 2, alsoIn: 'AO-SB1' },
            { title: 'Sjuksköterska', count: 2, alsoIn: 'AO-SB2' },
          ],
        },
        {
          code: 'AO-HSL-REH',
          name: 'Rehabilitering',
          kind: 'team',
          description: 'Arbetsterapeuter och fysioterapeuter för vardagsrehabilitering.',
          manager: { title: 'Samordnande arbetsterapeut' },
          staff: [
            { title: 'Arbetsterapeut', count: 3 },
            { title: 'Fysioterapeut', count: 2 },
          ],
        },
      ],
    },
    {
      code: 'AO-HT1',
      name: 'Hemtjänst Norra',
      kind: 'unit',
      description: 'Hemtjänst i Norrby, Åsen och byarna norr om sjön.',
      manager: { title: 'Enhetschef hemtjänst' },
      staff: [{ title: 'Planerare hemtjänst', count: 1 }],
      children: [
        homeCareTeam('AO-HT1-T1', 'Hemtjänst Norra, grupp Björken', 'Norrby centrum'),
        homeCareTeam('AO-HT1-T2', 'Hemtjänst Norra, grupp Rönnen', 'Åsen och byarna'),
      ],
    },
    {
      code: 'AO-HT2',
      name: 'Hemtjänst Södra',
      kind: 'unit',
      description: 'Hemtjänst i Söderåsen, Hamnen och Strandvik.',
      manager: { title: 'Enhetschef hemtjänst' },
      staff: [{ title: 'Planerare hemtjänst', count: 1 }],
      children: [
        homeCareTeam('AO-HT2-T1', 'Hemtjänst Södra, grupp Tallen', 'Söderåsen', [
          { title: 'Undersköterska', count: 1, leftOn: '2025-03-31' },
        ]),
        homeCareTeam('AO-HT2-T2', 'Hemtjänst Södra, grupp Granen', 'Hamnen och Strandvik'),
        {
          code: 'AO-HT2-T3',
          name: 'Hemtjänst Södra, grupp Aspen',
          kind: 'team',
          description: 'Slogs samman med grupp Tallen och grupp Granen våren 2025.',
          deactivatedOn: '2025-03-01',
        },
      ],
    },
    {
      code: 'AO-HT3',
      name: 'Hemtjänst Centrum och natt',
      kind: 'unit',
      description: 'Hemtjänst i centralorten samt nattpatrullen för hela kommunen.',
      manager: { title: 'Enhetschef hemtjänst' },
      staff: [{ title: 'Planerare hemtjänst', count: 1 }],
      children: [
        homeCareTeam('AO-HT3-T1', 'Hemtjänst Centrum', 'centralorten'),
        {
          code: 'AO-HT3-NP',
          name: 'Nattpatrullen',
          kind: 'team',
          description: 'Tillsyn, trygghetslarm och insatser nattetid i hela kommunen.',
          manager: { title: 'Gruppledare nattpatrullen' },
          staff: [{ title: 'Undersköterska, natt', count: 7 }],
        },
      ],
    },
    {
      code: 'AO-SB1',
      name: 'Solgårdens vård- och omsorgsboende',
      kind: 'unit',
      description: 'Särskilt boende med 48 platser, varav en avdelning för personer med demens.',
      manager: { title: 'Enhetschef vård- och omsorgsboende' },
      deputy: { title: 'Biträdande enhetschef' },
      children: [
        wardTeam('AO-SB1-A', 'Solgården, avdelning Sjöstjärnan', 'Avdelning för personer med demenssjukdom.', [
          { title: 'Undersköterska och skyddsombud', count: 1, orgRoles: ['safety_rep'] },
        ]),
        wardTeam('AO-SB1-B', 'Solgården, avdelning Ängen', 'Avdelning för personer med omfattande omvårdnadsbehov.'),
        {
          code: 'AO-SB1-N',
          name: 'Solgården, natt',
          kind: 'team',
          description: 'Nattpersonal för båda avdelningarna på Solgården.',
          manager: { title: 'Samordnare, natt' },
          staff: [{ title: 'Undersköterska, natt', count: 5 }],
        },
      ],
    },
    {
      code: 'AO-SB2',
      name: 'Lindgårdens vård- och omsorgsboende',
      kind: 'unit',
      description: 'Särskilt boende med 32 platser och två korttidsplatser.',
      manager: { title: 'Enhetschef vård- och omsorgsboende' },
      children: [
        wardTeam('AO-SB2-A', 'Lindgården, avdelning Linden', 'Avdelning för permanent boende.'),
        wardTeam(
          'AO-SB2-B',
          'Lindgården, avdelning Eken',
          'Avdelning för personer med demenssjukdom och korttidsplatser.',
        ),
      ],
    },
  ],
};
