// What sealing protects and what it does not, in the sidebar as in the README. Keep the two in
// step, and never promise more than src/server/sealed enforces.
export function SealingNote() {
  return (
    <details class="sealing">
      <summary>What sealing protects</summary>
      <p class="hint">
        Your scores, vote, red flags and notes are kept by DevRate outside the sheet until the reveal; the Scorecards sheet shows only who
        scored, the round and the date. Until the reveal, nobody sees the debrief in this sidebar without submitting their own scorecard,
        and a name belongs to the first Google account that used it here.
      </p>
      <p class="hint">
        It does not protect against: anyone who can edit the script project (for a script bound to this spreadsheet, its editors can read
        what DevRate keeps); the spreadsheet's owner and editors, who can change any cell, including the Panel and "Revealed by" columns; or
        a colleague who types a name nobody has used yet. After the reveal, scores are on the sheet for everyone who can open it.
      </p>
    </details>
  );
}
