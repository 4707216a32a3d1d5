// Error messages of the barometer module, spread into the errors namespace (hence the prefix).
// None of them ever says anything about anyone but the reader.
export default {
  barometerAlreadyAnswered: 'Du har redan svarat på den här enkäten. Varje person svarar en gång.',
  barometerWaveClosed: 'Enkäten är stängd och tar inte emot fler svar.',
  barometerUnknownItem: 'Frågan finns inte i din enkät.',
  barometerDuplicateAnswer: 'Samma fråga har besvarats två gånger i samma inskick.',
  barometerValueOutOfRange: 'Svaret måste vara ett heltal från {{min}} till {{max}}.',
  barometerInstrumentVersion: 'Versionen måste vara högre än den senaste ({{latest}}).',
  barometerUnknownInstrument: 'Frågebatteriet finns inte.',
  barometerDuplicateInstrument: 'Samma frågebatteri är valt två gånger.',
  barometerUnit: 'Enheten finns inte eller är inte aktiv i organisationen.',
  barometerClosesInPast: 'Stängningsdagen har redan passerat.',
  barometerClosesBeforeOpens: 'Enkäten måste stänga efter att den har öppnat.',
  barometerWaveNotDraft: 'Enkäten är redan öppnad.',
  barometerWaveNotOpen: 'Enkäten är inte öppen.',
  barometerThresholdLower: 'Gränsen kan bara höjas, aldrig sänkas. Nu är den {{current}}.',
  barometerActionOwner: 'Den ansvariga personen finns inte eller är inte aktiv.',
  barometerUnknownAction: 'Åtgärden hör inte till den här dialogen.',
  barometerScaleRange: 'Skalans högsta värde måste vara större än det lägsta.',
  barometerChoicesMissing: 'En flervalsfråga behöver minst två svarsalternativ.',
  barometerDuplicateKey: 'Samma nyckel förekommer två gånger.',
  barometerMixedAudience: 'Ett område kan inte blanda frågor till alla med frågor bara till chefer.',
};
