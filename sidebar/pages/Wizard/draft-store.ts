// Keeping the user's draft: at once in the browser (survives closing the sidebar even mid-typing)
// and, a moment after typing stops, in the user's properties on the server (survives another
// browser). On open the newer copy wins.
import { wizardDraftSchema, type WizardDraft } from '../../../src/domain/budget/draft';
import { failureMessage, server } from '../../shared/rpc';

const SERVER_DELAY_MS = 1_000;

const storageKey = (documentKey: string) => `devrate.wizardDraft.${documentKey}`;

function readLocal(documentKey: string): WizardDraft | null {
  try {
    const text = window.localStorage.getItem(storageKey(documentKey));
    if (!text) return null;
    const parsed = wizardDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage blocked in this browser: the server copy still works
  }
}

export function newestDraft(documentKey: string, fromServer: WizardDraft | null): WizardDraft | null {
  const local = readLocal(documentKey);
  if (!local) return fromServer;
  if (!fromServer) return local;
  return local.savedAt >= fromServer.savedAt ? local : fromServer;
}

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; message: string };

export class DraftStore {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly documentKey: string,
    private readonly onStatus: (status: SaveStatus) => void,
  ) {}

  save(draft: WizardDraft, now = false): void {
    try {
      window.localStorage.setItem(storageKey(this.documentKey), JSON.stringify(draft));
    } catch {
      // storage blocked or full: the server copy below still keeps it
    }
    clearTimeout(this.timer);
    const send = () => {
      this.onStatus({ state: 'saving' });
      server.saveWizardDraft(draft).then(
        () => this.onStatus({ state: 'saved' }),
        (error: unknown) => this.onStatus({ state: 'failed', message: failureMessage(error) }),
      );
    };
    if (now) send();
    else this.timer = setTimeout(send, SERVER_DELAY_MS);
  }
}
