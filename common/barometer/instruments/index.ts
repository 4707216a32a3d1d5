// The built-in instruments, inserted into barometer_instruments when missing (by key and version).
import { instrumentDefinitionSchema, type InstrumentDefinition } from '../instrument.js';
import { hme } from './hme.js';
import { relationalCoordination } from './relational-coordination.js';
import { roomForAction } from './room-for-action.js';
import { socialCapital } from './social-capital.js';
import { trustChain } from './trust-chain.js';

/** Parsed through the same schema as an analyst's instrument, so the built-ins obey it too. */
export const builtInInstruments: InstrumentDefinition[] = [
  trustChain,
  socialCapital,
  relationalCoordination,
  roomForAction,
  hme,
].map((definition) => instrumentDefinitionSchema.parse(definition));
