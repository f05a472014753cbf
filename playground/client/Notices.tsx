// Messages in the bottom corner: the add-on's toasts (gone after their timeout, as in Sheets),
// its alerts (answered with OK by the emulator, shown so they are read) and errors (a failed
// menu action or a refused edit), which stay until closed.

import { useEffect } from 'preact/hooks';

export interface Notice {
  id: number;
  kind: 'toast' | 'alert' | 'error';
  title: string;
  message: string;
  timeoutSeconds: number | null;
}

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div class="notices">
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

function NoticeCard({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (notice.kind !== 'toast' || notice.timeoutSeconds === null) return;
    const timer = setTimeout(() => onDismiss(notice.id), notice.timeoutSeconds * 1000);
    return () => clearTimeout(timer);
  }, [notice.id]);
  return (
    <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div class="notice-text">
        {notice.title && <strong>{notice.title}</strong>}
        <span>{notice.message}</span>
      </div>
      <button type="button" class="icon-button" aria-label="Dismiss" onClick={() => onDismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}
