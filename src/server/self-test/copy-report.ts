// "Copy report": the self-test's report as plain text a person pastes into an issue, one line per
// check, shown in a dialog with the text selected and a Copy button. Apps Script has no clipboard
// on the server, so the copying happens in the dialog (HtmlService: Ui.showModalDialog,
// https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)); where the
// browser refuses the clipboard to the dialog's frame, the text stays selected for Ctrl+C.
import type { Host } from './host';
import { summary, type SelfTestRow } from './report';

export const COPY_DIALOG_TITLE = 'DevRate self-test: copy report';

/** The report as plain text: where and when it ran, the tally, then one line per check. */
export function reportText(rows: readonly SelfTestRow[], host: Host, ranAt: string): string {
  const lines = rows.map((row) => `${row.result} | ${row.id} | ${oneLine(row.observed)}`);
  return [`DevRate self-test on ${host}, ${ranAt}`, `${summary(rows)}.`, '', ...lines].join('\n');
}

export function showCopyDialog(text: string, sheetName: string): void {
  const html = HtmlService.createHtmlOutput(copyDialogHtml(text, sheetName)).setWidth(720).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, COPY_DIALOG_TITLE);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function copyDialogHtml(text: string, sheetName: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><base target="_top"><meta charset="utf-8"><title>${escapeHtml(COPY_DIALOG_TITLE)}</title>
<style>
  body { font: 13px/1.4 Arial, sans-serif; margin: 0; padding: 12px; box-sizing: border-box; height: 100vh; display: flex; flex-direction: column; gap: 8px; }
  textarea { flex: 1; font: 12px/1.4 monospace; white-space: pre; }
  .actions { display: flex; gap: 8px; align-items: center; }
</style></head>
<body>
  <label for="report">Paste this into an issue. Each check's row is also on the sheet "${escapeHtml(sheetName)}".</label>
  <textarea id="report" readonly spellcheck="false">${escapeHtml(text)}</textarea>
  <div class="actions">
    <button id="copy" type="button">Copy report</button>
    <button id="close" type="button">Close</button>
    <span id="status" role="status"></span>
  </div>
  <script>
    (function () {
      // Inside a function: a global named "status" would be window.status, a string.
      var report = document.getElementById('report');
      var said = document.getElementById('status');
      var refused = 'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).';
      report.focus();
      report.select();
      document.getElementById('copy').onclick = function () {
        report.select();
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        if (copied) { said.textContent = 'Copied.'; return; }
        if (!navigator.clipboard || !navigator.clipboard.writeText) { said.textContent = refused; return; }
        navigator.clipboard.writeText(report.value).then(
          function () { said.textContent = 'Copied.'; },
          function () { said.textContent = refused; }
        );
      };
      document.getElementById('close').onclick = function () { google.script.host.close(); };
    })();
  </script>
</body></html>`;
}
