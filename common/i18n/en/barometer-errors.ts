// Error messages of the barometer module, spread into the errors namespace (hence the prefix).
// None of them ever says anything about anyone but the reader.
export default {
  barometerAlreadyAnswered: 'You have already answered this survey. Everyone answers once.',
  barometerWaveClosed: 'The survey is closed and takes no more answers.',
  barometerUnknownItem: 'This question is not in your survey.',
  barometerDuplicateAnswer: 'The same question was answered twice in one submission.',
  barometerValueOutOfRange: 'The answer must be a whole number from {{min}} to {{max}}.',
  barometerInstrumentVersion: 'The version must be higher than the latest one ({{latest}}).',
  barometerUnknownInstrument: 'The question set does not exist.',
  barometerDuplicateInstrument: 'The same question set is chosen twice.',
  barometerUnit: 'The unit does not exist or is not active in the organisation.',
  barometerClosesInPast: 'The closing date has already passed.',
  barometerClosesBeforeOpens: 'The survey must close after it opens.',
  barometerWaveNotDraft: 'The survey has already been opened.',
  barometerWaveNotOpen: 'The survey is not open.',
  barometerThresholdLower: 'The threshold can only be raised, never lowered. It is {{current}} now.',
  barometerActionOwner: 'The person responsible does not exist or is not active.',
  barometerUnknownAction: 'The action does not belong to this dialogue.',
  barometerScaleRange: "The scale's highest value must be greater than its lowest.",
  barometerChoicesMissing: 'A multiple-choice question needs at least two options.',
  barometerDuplicateKey: 'The same key appears twice.',
  barometerMixedAudience: 'An area cannot mix questions for everyone with questions for managers only.',
};
