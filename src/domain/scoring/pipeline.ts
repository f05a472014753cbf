// The words of the hiring pipeline, offered as dropdowns on the Candidates sheet and in the sidebar.
export const STAGES = ['sourced', 'screening', 'take-home', 'interview', 'references', 'trial', 'offer', 'hired', 'rejected'] as const;
export const TAKE_HOME_STATUSES = ['not sent', 'sent', 'submitted', 'reviewed', 'declined'] as const;
export const TRIAL_STATUSES = ['not started', 'proposed', 'running', 'passed', 'failed'] as const;
/** Reference slots per candidate: a name and whether someone actually called. */
export const REFERENCE_SLOTS = 3;
/** Take-home hours the sheet accepts; the sources' standard is far below (see factors.takeHome). */
export const MAX_TAKE_HOME_HOURS = 40;
/** Years of experience the sheet accepts. */
export const MAX_YEARS = 60;

export type Stage = (typeof STAGES)[number];
