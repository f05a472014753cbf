// The eleven custom functions the function contract promises, written out by hand rather than
// read from the registry, so a function dropped from the registry fails the tests that use it.
export const CONTRACT_FUNCTIONS = [
  'DEVRATE',
  'DEVMONTHLY',
  'PROJECTCOST',
  'PROJECTTIMELINE',
  'SALARY',
  'LOADEDCOST',
  'BADHIRECOST',
  'AGENCYRATE',
  'RATECHECK',
  'HIRECOMPARE',
  'RATESOURCE',
] as const;
