// Server-Sent Events: every open tab hears the workbook's revision as soon as it changes, and
// refetches what it shows. A comment every 20 s keeps idle connections from being dropped.

import type { IncomingMessage, ServerResponse } from 'node:http';

export class ChangeEvents {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(private readonly currentRevision: () => number) {
    this.keepAlive = setInterval(() => this.send(': keep-alive\n\n'), 20_000);
    this.keepAlive.unref();
  }

  /** GET /api/events: the current revision at once, then each new one. */
  subscribe(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(`retry: 1000\nevent: revision\ndata: ${this.currentRevision()}\n\n`);
    this.clients.add(response);
    request.on('close', () => this.clients.delete(response));
  }

  publish(revision: number): void {
    this.send(`event: revision\ndata: ${revision}\n\n`);
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private send(text: string): void {
    for (const client of this.clients) client.write(text);
  }
}
