// Where the self-test runs: on Google Sheets, or in DevRate's emulator (playground/emulator), which
// defines the global below and Apps Script does not. Only the self-test reads it, to skip the rows
// that settle what the emulator cannot model: everything else behaves the same in both.
declare const DEVRATE_EMULATED_HOST: boolean | undefined;

export type Host = 'Google Sheets' | 'the DevRate emulator';

export function currentHost(): Host {
  return typeof DEVRATE_EMULATED_HOST === 'undefined' ? 'Google Sheets' : 'the DevRate emulator';
}
