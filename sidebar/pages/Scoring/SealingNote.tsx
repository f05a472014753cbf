// What sealing protects and what it does not, in the sidebar as in the README. Keep the two in
// step, and never promise more than src/server/sealed enforces.
export function SealingNote() {
  return (
    <details class="sealing">
      <summary>What sealing protects</summary>
      <p class="hint">
        Your scores, vote, red flags and notes are kept by DevRate outside the sheet until the reveal; the Scorecards sheet shows only who
        scored, the round and the date. Until the reveal, only panel members who have submitted see each other's scorecards (without a
        panel, everyone sees only their own), and a name belongs to the first Google account that submitted under it here. Who may score,
        read and reveal is decided by what DevRate keeps, never by typing in a cell.
      </p>
      <p class="hint">
        It does not protect against: anyone who can edit the script project (for a script bound to this spreadsheet, its editors can read
        what DevRate keeps); a colleague who submits first under the name of a panel member who has not scored yet; or a panel member who
        adds a colleague to the panel. After the reveal, scores are on the sheet for everyone who can open it.
      </p>
    </details>
  );
}
