// Error messages of the barometer module, spread into the errors namespace (hence the prefix).
// None of them ever says anything about anyone but the reader.
export default {
  barometerAlreadyAnswered: 'Du har allerede svart på denne undersøkelsen. Hver person svarer én gang.',
  barometerWaveClosed: 'Undersøkelsen er lukket og tar ikke imot flere svar.',
  barometerUnknownItem: 'Spørsmålet finnes ikke i undersøkelsen din.',
  barometerDuplicateAnswer: 'Det samme spørsmålet er besvart to ganger i samme innsending.',
  barometerValueOutOfRange: 'Svaret må være et heltall fra {{min}} til {{max}}.',
  barometerInstrumentVersion: 'Versjonen må være høyere enn den siste ({{latest}}).',
  barometerUnknownInstrument: 'Spørsmålsbatteriet finnes ikke.',
  barometerDuplicateInstrument: 'Det samme spørsmålsbatteriet er valgt to ganger.',
  barometerUnit: 'Enheten finnes ikke eller er ikke aktiv i organisasjonen.',
  barometerClosesInPast: 'Lukkedatoen har allerede passert.',
  barometerClosesBeforeOpens: 'Undersøkelsen må lukkes etter at den har åpnet.',
  barometerWaveNotDraft: 'Undersøkelsen er allerede åpnet.',
  barometerWaveNotOpen: 'Undersøkelsen er ikke åpen.',
  barometerThresholdLower: 'Grensen kan bare heves, aldri senkes. Nå er den {{current}}.',
  barometerActionOwner: 'Den ansvarlige personen finnes ikke eller er ikke aktiv.',
  barometerUnknownAction: 'Tiltaket hører ikke til denne dialogen.',
  barometerScaleRange: 'Skalaens høyeste verdi må være større enn den laveste.',
  barometerChoicesMissing: 'Et flervalgsspørsmål trenger minst to svaralternativer.',
  barometerDuplicateKey: 'Den samme nøkkelen forekommer to ganger.',
  barometerMixedAudience: 'Et område kan ikke blande spørsmål til alle med spørsmål bare til ledere.',
};
