// The page's end of the panels' google.script: a sidebar or dialog posts a run request, the page
// sends it to the server with this tab's context (sheet and cell) and posts the answer back to
// the frame that asked. Messages from any other window are ignored.

import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import { PANEL_CHANNEL, type PanelMessage } from '../protocol';
import { failureMessage } from './api';

export type PanelSlot = 'sidebar' | 'dialog';

export interface PanelBridgeHandlers {
  run(endpoint: string, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; message: string }>;
  close(slot: PanelSlot): void;
  resize(slot: PanelSlot, width?: number, height?: number): void;
}

export function usePanelBridge(frames: Record<PanelSlot, RefObject<HTMLIFrameElement>>, handlers: PanelBridgeHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    const listener = (event: MessageEvent) => {
      const message = event.data as PanelMessage | undefined;
      if (message?.channel !== PANEL_CHANNEL) return;
      const slot = (Object.keys(frames) as PanelSlot[]).find((s) => frames[s].current?.contentWindow === event.source);
      const source = event.source as Window | null;
      if (!slot || !source) return;
      if (message.type === 'close') current.current.close(slot);
      else if (message.type === 'resize') current.current.resize(slot, message.width, message.height);
      else if (message.type === 'run') {
        const reply = (answer: { ok: true; value: unknown } | { ok: false; message: string }) =>
          source.postMessage({ channel: PANEL_CHANNEL, type: 'result', id: message.id, ...answer } satisfies PanelMessage, '*');
        let args: unknown[];
        try {
          args = JSON.parse(message.argsJson) as unknown[];
        } catch {
          reply({ ok: false, message: "The call's arguments could not be read." });
          return;
        }
        current.current.run(message.endpoint, args).then(reply, (error: unknown) => reply({ ok: false, message: failureMessage(error) }));
      }
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);
}
