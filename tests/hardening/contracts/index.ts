// The deep hostile-input suites' contracts (hostile-*.test.ts), keyed by the endpoint registry's
// names: an endpoint added to src/endpoints/registry.ts without a contract here does not compile,
// and each contract names the endpoint it is filed under.
import type { EndpointName } from '../../../src/endpoints/registry';
import type { EndpointContract } from '../harness';
import { BUDGET_CONTRACTS } from './budget';
import { SCORING_CONTRACTS } from './scoring';
import { SEALED_CONTRACTS } from './sealed';

export type DeepContracts = { [K in EndpointName]: EndpointContract & { endpoint: K } };

export const DEEP_CONTRACTS = { ...BUDGET_CONTRACTS, ...SCORING_CONTRACTS, ...SEALED_CONTRACTS } satisfies DeepContracts;
