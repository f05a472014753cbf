// The workbook as this tab shows it. Another tab's change arrives as a new revision on the
// server's event stream, and the tab refetches the sheet it shows. Answers are applied in the
// order they were asked for, so a slow refetch never overwrites a newer answer.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PlaygroundState, ViewRequest } from '../protocol';
import { eventsUrl, failureMessage, getState } from './api';

export interface PlaygroundStateHandle {
  state: PlaygroundState | null;
  /** Loading failed (server stopped?): shown until the next answer. */
  offline: string | null;
  /** Runs a request whose answer carries state; stale answers are dropped. */
  track<T extends { state: PlaygroundState }>(request: Promise<T>): Promise<T>;
  /** Shows another sheet, or more rows of this one. */
  show(view: ViewRequest): void;
  view: () => ViewRequest;
}

export function usePlaygroundState(): PlaygroundStateHandle {
  const [state, setState] = useState<PlaygroundState | null>(null);
  const [offline, setOffline] = useState<string | null>(null);
  const asked = useRef(0);
  const applied = useRef(0);
  const viewRef = useRef<ViewRequest>({});
  const revision = useRef(0);

  const apply = useCallback((ticket: number, next: PlaygroundState) => {
    if (ticket < applied.current) return;
    applied.current = ticket;
    revision.current = next.revision;
    viewRef.current = { ...viewRef.current, sheet: next.sheet.name };
    setState(next);
    setOffline(null);
  }, []);

  const refresh = useCallback(() => {
    const ticket = ++asked.current;
    getState(viewRef.current).then(
      (next) => apply(ticket, next),
      (error: unknown) => setOffline(failureMessage(error)),
    );
  }, [apply]);

  // While this tab's own action runs, change events wait: a refetch sent now would ask for the
  // sheet shown before the action, and undo the action's move to the sheet it left active.
  const acting = useRef(0);
  const announced = useRef(0);

  const track = useCallback(
    <T extends { state: PlaygroundState }>(request: Promise<T>): Promise<T> => {
      const ticket = ++asked.current;
      acting.current++;
      return request
        .then((answer) => {
          apply(ticket, answer.state);
          return answer;
        })
        .finally(() => {
          acting.current--;
          if (acting.current === 0 && announced.current !== revision.current) refresh();
        });
    },
    [apply, refresh],
  );

  const show = useCallback(
    (view: ViewRequest) => {
      viewRef.current = { ...viewRef.current, ...view };
      refresh();
    },
    [refresh],
  );

  useEffect(() => {
    refresh();
    const events = new EventSource(eventsUrl());
    events.addEventListener('revision', (event) => {
      announced.current = Number((event as MessageEvent<string>).data);
      if (announced.current !== revision.current && acting.current === 0) refresh();
    });
    let lost = false;
    events.onerror = () => {
      lost = true;
      setOffline('Lost contact with the playground server; retrying…');
      // Refused for good (a restarted playground does not know this tab): the refetch says why.
      if (events.readyState === EventSource.CLOSED) refresh();
    };
    // Back after a restart: the server's revisions start again, so refetch whatever they say.
    events.onopen = () => {
      if (lost) refresh();
      lost = false;
    };
    return () => events.close();
  }, [refresh]);

  return { state, offline, track, show, view: () => viewRef.current };
}
