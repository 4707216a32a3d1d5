// Relational coordination: the respondent's work group rates each group it depends on, on seven
// dimensions. Results form a group-by-group matrix. Our own wording.
import type { InstrumentDefinitionInput } from '../instrument.js';
import { l } from './texts.js';

const rarely = l('Sällan eller aldrig', 'Sjelden eller aldri', 'Sjældent eller aldrig', 'Rarely or never');
const always = l('Alltid', 'Alltid', 'Altid', 'Always');

const rcItem = (key: string, text: ReturnType<typeof l>) =>
  ({
    key,
    kind: 'scale',
    text,
    scaleMin: 1,
    scaleMax: 5,
    minLabel: rarely,
    maxLabel: always,
    target: 'dependentGroups',
  }) as const;

export const relationalCoordination: InstrumentDefinitionInput = {
  key: 'relationalCoordination',
  version: 1,
  names: l(
    'Relationell koordinering',
    'Relasjonell koordinering',
    'Relationel koordinering',
    'Relational coordination',
  ),
  descriptions: l(
    'Hur vi samordnar oss med de grupper vi är beroende av. Svara för varje grupp.',
    'Hvordan vi samordner oss med gruppene vi er avhengige av. Svar for hver gruppe.',
    'Hvordan vi koordinerer med de grupper, vi er afhængige af. Svar for hver gruppe.',
    'How we coordinate with the groups we depend on. Answer for each group.',
  ),
  items: [
    rcItem(
      'frequent',
      l(
        'Vi har så täta kontakter med gruppen som arbetet kräver.',
        'Vi har så hyppig kontakt med gruppen som arbeidet krever.',
        'Vi har så hyppig kontakt med gruppen, som arbejdet kræver.',
        'We are in touch with this group as often as the work needs.',
      ),
    ),
    rcItem(
      'timely',
      l(
        'Gruppen hör av sig i rätt tid när något berör oss.',
        'Gruppen sier fra i tide når noe angår oss.',
        'Gruppen giver besked i tide, når noget vedrører os.',
        'This group tells us in time when something affects us.',
      ),
    ),
    rcItem(
      'accurate',
      l(
        'Det gruppen berättar för oss stämmer.',
        'Det gruppen forteller oss, stemmer.',
        'Det, gruppen fortæller os, er korrekt.',
        'What this group tells us is accurate.',
      ),
    ),
    rcItem(
      'problemSolving',
      l(
        'När något går fel letar vi lösningar tillsammans i stället för att skylla på varandra.',
        'Når noe går galt, leter vi etter løsninger sammen i stedet for å skylde på hverandre.',
        'Når noget går galt, finder vi løsninger sammen i stedet for at give hinanden skylden.',
        'When something goes wrong we look for solutions together instead of blaming each other.',
      ),
    ),
    rcItem(
      'sharedGoals',
      l(
        'Gruppen delar våra mål för dem vi är till för.',
        'Gruppen deler målene våre for dem vi er til for.',
        'Gruppen deler vores mål for dem, vi er til for.',
        'This group shares our goals for the people we serve.',
      ),
    ),
    rcItem(
      'sharedKnowledge',
      l(
        'Gruppen vet vad vi gör och varför.',
        'Gruppen vet hva vi gjør og hvorfor.',
        'Gruppen ved, hvad vi laver, og hvorfor.',
        'This group knows what we do and why.',
      ),
    ),
    rcItem(
      'mutualRespect',
      l(
        'Gruppen respekterar vårt arbete.',
        'Gruppen respekterer arbeidet vårt.',
        'Gruppen respekterer vores arbejde.',
        'This group respects our work.',
      ),
    ),
  ],
  dimensions: [],
};
