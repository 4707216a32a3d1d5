// Barn och utbildning: preschools, compulsory schools and student health. Teachers work in teams
// (arbetslag); student health specialists are shared with the schools they serve.
import type { StaffPlan, UnitPlan } from './unit-plan.js';

function teachingTeam(code: string, name: string, description: string, staff: readonly StaffPlan[]): UnitPlan {
  return { code, name, kind: 'team', description, manager: { title: 'Arbetslagsledare, lärare' }, staff };
}

function preschool(code: string, name: string): UnitPlan {
  return {
    code,
    name,
    kind: 'team',
    description: `${name} med fyra avdelningar för barn 1–5 år.`,
    manager: { title: 'Förskollärare, arbetslagsledare' },
    staff: [
      { title: 'Förskollärare', count: 4 },
      { title: 'Barnskötare', count: 5 },
    ],
  };
}

export const schools: UnitPlan = {
  code: 'BU',
  name: 'Barn och utbildning',
  kind: 'department',
  description: 'Förskola, grundskola, fritidshem och elevhälsa.',
  manager: { title: 'Förvaltningschef barn och utbildning', alsoIn: 'FV' },
  staff: [{ title: 'Verksamhetsutvecklare', count: 1 }],
  children: [
    {
      code: 'BU-KANS',
      name: 'Utbildningskontoret',
      kind: 'unit',
      description: 'Handläggning av skolskjuts, skolval, placeringar i förskola och statistik.',
      manager: { title: 'Kanslichef' },
      staff: [
        { title: 'Handläggare skolskjuts', count: 1 },
        { title: 'Handläggare förskoleplacering', count: 1 },
        { title: 'Utredare', count: 1 },
      ],
    },
    {
      code: 'BU-EHT',
      name: 'Elevhälsan',
      kind: 'unit',
      description: 'Central elevhälsa: medicinsk, psykologisk, psykosocial och specialpedagogisk kompetens.',
      manager: { title: 'Elevhälsochef' },
      staff: [
        { title: 'Skolsköterska', count: 1, alsoIn: 'BU-EKS' },
        { title: 'Skolsköterska', count: 1, alsoIn: 'BU-SKS' },
        { title: 'Skolkurator', count: 1, alsoIn: 'BU-SKS' },
        { title: 'Skolkurator', count: 1, alsoIn: 'BU-BJS' },
        { title: 'Skolpsykolog', count: 1 },
        { title: 'Specialpedagog', count: 1, alsoIn: 'BU-EKS' },
        { title: 'Specialpedagog', count: 1, alsoIn: 'BU-BJS' },
      ],
    },
    {
      code: 'BU-EKS',
      name: 'Ekskolan F–6',
      kind: 'unit',
      description: 'Grundskola för förskoleklass till årskurs 6 med fritidshem, cirka 320 elever.',
      manager: { title: 'Rektor' },
      deputy: { title: 'Biträdande rektor' },
      children: [
        teachingTeam('BU-EKS-F3', 'Ekskolan, arbetslag F–3', 'Förskoleklass och årskurs 1–3 med fritidshem.', [
          { title: 'Lärare', count: 5 },
          { title: 'Lärare i fritidshem', count: 2 },
          { title: 'Elevassistent', count: 1 },
          { title: 'Lärare i musik', count: 1, alsoIn: 'BU-EKS-46' },
        ]),
        teachingTeam('BU-EKS-46', 'Ekskolan, arbetslag 4–6', 'Årskurs 4–6.', [
          { title: 'Lärare', count: 5 },
          { title: 'Lärare i slöjd', count: 1, alsoIn: 'BU-EKS-F3' },
          { title: 'Elevassistent', count: 1 },
        ]),
      ],
    },
    {
      code: 'BU-SKS',
      name: 'Sjöskolan 7–9',
      kind: 'unit',
      description: 'Grundskola för årskurs 7–9, cirka 380 elever.',
      manager: { title: 'Rektor' },
      deputy: { title: 'Biträdande rektor' },
      staff: [
        { title: 'Studie- och yrkesvägledare', count: 1, alsoIn: 'BU-BJS' },
        { title: 'Skolvärd', count: 1 },
      ],
      children: [
        teachingTeam('BU-SKS-N', 'Sjöskolan, arbetslag Norr', 'Lärare i årskurs 7–9, husen Norr.', [
          { title: 'Lärare', count: 7 },
          { title: 'Lärare och huvudskyddsombud', count: 1, orgRoles: ['safety_rep'] },
          { title: 'Lärare i idrott och hälsa', count: 1, alsoIn: 'BU-SKS-S' },
          { title: 'Lärare', count: 1, leftOn: '2025-06-15' },
        ]),
        teachingTeam('BU-SKS-S', 'Sjöskolan, arbetslag Syd', 'Lärare i årskurs 7–9, husen Syd.', [
          { title: 'Lärare', count: 8 },
          { title: 'Lärare i moderna språk', count: 1, alsoIn: 'BU-SKS-N' },
        ]),
      ],
    },
    {
      code: 'BU-BJS',
      name: 'Björkbackens skola F–9',
      kind: 'unit',
      description: 'Landsbygdsskola från förskoleklass till årskurs 9 med fritidshem, cirka 210 elever.',
      manager: { title: 'Rektor' },
      children: [
        teachingTeam('BU-BJS-F6', 'Björkbacken, arbetslag F–6', 'Förskoleklass till årskurs 6 med fritidshem.', [
          { title: 'Lärare', count: 6 },
          { title: 'Lärare i fritidshem', count: 2 },
        ]),
        teachingTeam('BU-BJS-79', 'Björkbacken, arbetslag 7–9', 'Årskurs 7–9.', [
          { title: 'Lärare', count: 5 },
          { title: 'Lärare i svenska som andraspråk', count: 1, alsoIn: 'BU-BJS-F6' },
        ]),
      ],
    },
    {
      code: 'BU-FSK',
      name: 'Förskoleområde Centrum',
      kind: 'unit',
      description: 'Kommunens förskolor i centralorten.',
      manager: { title: 'Rektor förskola' },
      children: [
        preschool('BU-FSK-SOL', 'Förskolan Solrosen'),
        preschool('BU-FSK-MYR', 'Förskolan Myran'),
        preschool('BU-FSK-EKO', 'Förskolan Ekorren'),
      ],
    },
  ],
};
