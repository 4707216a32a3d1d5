// Error messages of the barometer module, spread into the errors namespace (hence the prefix).
// None of them ever says anything about anyone but the reader.
export default {
  barometerAlreadyAnswered: 'Du har allerede besvaret denne undersøgelse. Hver person svarer én gang.',
  barometerWaveClosed: 'Undersøgelsen er lukket og modtager ikke flere svar.',
  barometerUnknownItem: 'Spørgsmålet findes ikke i din undersøgelse.',
  barometerDuplicateAnswer: 'Det samme spørgsmål er besvaret to gange i samme indsendelse.',
  barometerValueOutOfRange: 'Svaret skal være et helt tal fra {{min}} til {{max}}.',
  barometerInstrumentVersion: 'Versionen skal være højere end den seneste ({{latest}}).',
  barometerUnknownInstrument: 'Spørgeskemaet findes ikke.',
  barometerDuplicateInstrument: 'Det samme spørgeskema er valgt to gange.',
  barometerUnit: 'Enheden findes ikke eller er ikke aktiv i organisationen.',
  barometerClosesInPast: 'Lukkedatoen er allerede passeret.',
  barometerClosesBeforeOpens: 'Undersøgelsen skal lukke, efter at den er åbnet.',
  barometerWaveNotDraft: 'Undersøgelsen er allerede åbnet.',
  barometerWaveNotOpen: 'Undersøgelsen er ikke åben.',
  barometerThresholdLower: 'Grænsen kan kun hæves, aldrig sænkes. Den er nu {{current}}.',
  barometerActionOwner: 'Den ansvarlige person findes ikke eller er ikke aktiv.',
  barometerUnknownAction: 'Handlingen hører ikke til denne dialog.',
  barometerScaleRange: 'Skalaens højeste værdi skal være større end den laveste.',
  barometerChoicesMissing: 'Et multiple choice-spørgsmål skal have mindst to svarmuligheder.',
  barometerDuplicateKey: 'Den samme nøgle forekommer to gange.',
  barometerMixedAudience: 'Et område kan ikke blande spørgsmål til alle med spørgsmål kun til ledere.',
};
