// Trust along the steering chain: can, will, dare (ability, benevolence, integrity) toward each
// level above, and the trust each level places in those below. Our own wording.
import type { InstrumentDefinitionInput } from '../instrument.js';
import { agreeItem, l } from './texts.js';

const levels = [
  {
    level: 'closestManager',
    key: 'manager',
    names: l('Närmaste chef', 'Nærmeste leder', 'Nærmeste leder', 'Closest manager'),
    can: l(
      'Min närmaste chef har den kunskap som behövs för att leda vårt arbete.',
      'Min nærmeste leder har kunnskapen som trengs for å lede arbeidet vårt.',
      'Min nærmeste leder har den viden, der skal til for at lede vores arbejde.',
      'My closest manager has the knowledge needed to lead our work.',
    ),
    will: l(
      'Min närmaste chef vill oss väl och tar hänsyn till hur vi har det.',
      'Min nærmeste leder vil oss vel og tar hensyn til hvordan vi har det.',
      'Min nærmeste leder vil os det godt og tager hensyn til, hvordan vi har det.',
      'My closest manager wants what is good for us and considers how we are doing.',
    ),
    dare: l(
      'Min närmaste chef står för det hen säger, även när det blåser.',
      'Min nærmeste leder står for det hen sier, også når det stormer.',
      'Min nærmeste leder står ved det, vedkommende siger, også når det blæser.',
      'My closest manager stands by their word, even when it is hard.',
    ),
    trusted: null,
  },
  {
    level: 'seniorManagement',
    key: 'senior',
    names: l('Högsta ledningen', 'Toppledelsen', 'Topledelsen', 'Senior management'),
    can: l(
      'Högsta ledningen förstår vad vårt arbete kräver.',
      'Toppledelsen forstår hva arbeidet vårt krever.',
      'Topledelsen forstår, hvad vores arbejde kræver.',
      'Senior management understands what our work requires.',
    ),
    will: l(
      'Högsta ledningen fattar beslut med omtanke om oss och dem vi är till för.',
      'Toppledelsen tar beslutninger med omtanke for oss og dem vi er til for.',
      'Topledelsen træffer beslutninger med omtanke for os og dem, vi er til for.',
      'Senior management decides with care for us and for the people we serve.',
    ),
    dare: l(
      'Högsta ledningen är öppen och ärlig om svåra beslut.',
      'Toppledelsen er åpen og ærlig om vanskelige beslutninger.',
      'Topledelsen er åben og ærlig om svære beslutninger.',
      'Senior management is open and honest about difficult decisions.',
    ),
    trusted: l(
      'Högsta ledningen visar att den litar på att vi gör ett bra arbete.',
      'Toppledelsen viser at den stoler på at vi gjør en god jobb.',
      'Topledelsen viser, at den stoler på, at vi gør et godt stykke arbejde.',
      'Senior management shows that it trusts us to do good work.',
    ),
  },
  {
    level: 'staffFunctions',
    key: 'staff',
    names: l(
      'Förvaltning och stödfunktioner',
      'Administrasjon og støttefunksjoner',
      'Forvaltning og stabsfunktioner',
      'Administration and staff functions',
    ),
    can: l(
      'Stödfunktionerna (till exempel HR, ekonomi och kvalitet) ger oss stöd som faktiskt hjälper.',
      'Støttefunksjonene (for eksempel HR, økonomi og kvalitet) gir oss støtte som faktisk hjelper.',
      'Stabsfunktionerne (for eksempel HR, økonomi og kvalitet) giver os støtte, der rent faktisk hjælper.',
      'The staff functions (such as HR, finance and quality) give us support that actually helps.',
    ),
    will: l(
      'Stödfunktionerna utgår från våra behov när de ställer krav på oss.',
      'Støttefunksjonene tar utgangspunkt i våre behov når de stiller krav til oss.',
      'Stabsfunktionerne tager udgangspunkt i vores behov, når de stiller krav til os.',
      'The staff functions start from our needs when they make demands of us.',
    ),
    dare: l(
      'Stödfunktionerna säger ifrån när en regel eller rutin inte fyller någon funktion.',
      'Støttefunksjonene sier fra når en regel eller rutine ikke har noen funksjon.',
      'Stabsfunktionerne siger fra, når en regel eller rutine ikke tjener noget formål.',
      'The staff functions speak up when a rule or routine serves no purpose.',
    ),
    trusted: l(
      'Förvaltningen och stödfunktionerna litar på vårt yrkeskunnande.',
      'Administrasjonen og støttefunksjonene stoler på fagkunnskapen vår.',
      'Forvaltningen og stabsfunktionerne stoler på vores faglighed.',
      'The administration and staff functions trust our professional judgement.',
    ),
  },
  {
    level: 'politicians',
    key: 'politicians',
    names: l('Politikerna', 'Politikerne', 'Politikerne', 'The politicians'),
    can: l(
      'Politikerna har en rimlig bild av vad vår verksamhet klarar.',
      'Politikerne har et rimelig bilde av hva virksomheten vår klarer.',
      'Politikerne har et rimeligt billede af, hvad vores område kan løfte.',
      'The politicians have a fair picture of what our service can achieve.',
    ),
    will: l(
      'Politikerna vill verksamheten väl på lång sikt.',
      'Politikerne vil virksomheten vel på lang sikt.',
      'Politikerne vil området det godt på lang sigt.',
      'The politicians want what is good for our service in the long run.',
    ),
    dare: l(
      'Politikerna tar ansvar för sina prioriteringar, också när de är obekväma.',
      'Politikerne tar ansvar for prioriteringene sine, også når de er ubekvemme.',
      'Politikerne tager ansvar for deres prioriteringer, også når de er ubekvemme.',
      'The politicians take responsibility for their priorities, even uncomfortable ones.',
    ),
    trusted: l(
      'Politikerna litar på att vi använder våra resurser klokt.',
      'Politikerne stoler på at vi bruker ressursene våre klokt.',
      'Politikerne stoler på, at vi bruger vores ressourcer fornuftigt.',
      'The politicians trust us to use our resources wisely.',
    ),
  },
] as const;

const upItems = levels.flatMap((lv) =>
  (['can', 'will', 'dare'] as const).map((facet) => ({
    ...agreeItem(`${lv.key}${facet[0]?.toUpperCase()}${facet.slice(1)}`, lv[facet]),
    chainLevel: lv.level,
    direction: 'up' as const,
    facet,
  })),
);

const downItems = levels.flatMap((lv) =>
  lv.trusted ? [{ ...agreeItem(`${lv.key}Trusts`, lv.trusted), chainLevel: lv.level, direction: 'down' as const }] : [],
);

/** Managers rate their own team: the downward side of the first link. */
const teamItems = [
  {
    facet: 'can' as const,
    text: l(
      'Mitt team har den kompetens som behövs för att lösa uppgifterna själva.',
      'Teamet mitt har kompetansen som trengs for å løse oppgavene selv.',
      'Mit team har de kompetencer, der skal til for selv at løse opgaverne.',
      'My team has the skills needed to solve its tasks on its own.',
    ),
  },
  {
    facet: 'will' as const,
    text: l(
      'Mitt team gör det som är bäst för dem vi är till för.',
      'Teamet mitt gjør det som er best for dem vi er til for.',
      'Mit team gør det, der er bedst for dem, vi er til for.',
      'My team does what is best for the people we serve.',
    ),
  },
  {
    facet: 'dare' as const,
    text: l(
      'Mitt team säger till när något inte fungerar.',
      'Teamet mitt sier fra når noe ikke fungerer.',
      'Mit team siger til, når noget ikke fungerer.',
      'My team tells me when something is not working.',
    ),
  },
].map(({ facet, text }) => ({
  ...agreeItem(`team${facet[0]?.toUpperCase()}${facet.slice(1)}`, text),
  audience: 'managers' as const,
  chainLevel: 'closestManager' as const,
  direction: 'down' as const,
  facet,
}));

export const trustChain: InstrumentDefinitionInput = {
  key: 'trustChain',
  version: 1,
  names: l(
    'Tillit i styrkedjan',
    'Tillit i styringskjeden',
    'Tillid i styringskæden',
    'Trust along the steering chain',
  ),
  descriptions: l(
    'Kunna, vilja, våga: hur du ser på varje led ovanför dig, och hur mycket tillit du upplever nedåt.',
    'Kunne, ville, våge: hvordan du ser på hvert ledd over deg, og hvor mye tillit du opplever nedover.',
    'Kunne, ville, turde: hvordan du ser på hvert led over dig, og hvor meget tillid du oplever nedad.',
    'Can, will, dare: how you see each level above you, and how much trust you feel coming down.',
  ),
  items: [...upItems, ...downItems, ...teamItems],
  dimensions: [
    ...levels.map((lv) => ({
      key: `trust${lv.key[0]?.toUpperCase()}${lv.key.slice(1)}`,
      names: lv.names,
      items: ['Can', 'Will', 'Dare'].map((f) => `${lv.key}${f}`),
      score100: true,
    })),
    {
      key: 'trustedFromAbove',
      names: l('Upplevd tillit uppifrån', 'Opplevd tillit ovenfra', 'Oplevet tillid oppefra', 'Trust felt from above'),
      items: downItems.map((i) => i.key),
      score100: true,
    },
    {
      key: 'trustInTeam',
      names: l(
        'Chefers tillit till teamet',
        'Lederes tillit til teamet',
        'Lederes tillid til teamet',
        "Managers' trust in the team",
      ),
      items: teamItems.map((i) => i.key),
      score100: true,
    },
  ],
};
