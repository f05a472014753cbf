// The tracker columns that sealed scorecards, panels and votes add (issue 12), kept apart from
// layout.ts, which splices them in. Candidates: the panel and the reveal record, typed or
// written by the reveal (never formulas); the vote summary beside the weighted score.
// Scorecards: the round and the overall vote.
import { ROUNDS, VOTES, VOTES_AGAINST, voteSummary, votesAgainst } from '../../domain/scoring/votes';
import { WIDTH, type Column } from './column';

export const SEALING_COLUMNS = [
  {
    key: 'panel',
    header: 'Panel',
    width: WIDTH.wide,
    note: 'The interviewers expected to score this candidate, separated by commas (the sidebar can fill it). Their scorecards stay sealed until all of them have submitted or someone uses "Reveal scores".',
  },
  {
    key: 'revealed_by',
    header: 'Revealed by',
    width: WIDTH.text,
    note: 'Who revealed the sealed scorecards ("DevRate (panel complete)" when the whole panel had submitted). Blank: still sealed, and the debrief columns stay blank.',
  },
  { key: 'revealed_on', header: 'Revealed on', width: WIDTH.text, note: "When, in the spreadsheet's time zone." },
  { key: 'panel_submitted', header: 'Panel submitted', width: WIDTH.narrow, note: 'How many of the panel had submitted at the reveal.' },
] as const satisfies readonly Column[];

export const VOTE_COLUMNS = [
  {
    key: 'votes',
    header: 'Votes',
    width: WIDTH.wide,
    debrief: (d) => voteSummary(d.votes),
    note: `Overall votes (${[...VOTES].reverse().join(', ')}), strongest yes first.`,
  },
  {
    key: 'votes_against',
    header: 'Votes against',
    width: WIDTH.narrow,
    debrief: (d) => votesAgainst(d.votes),
    numberFormat: '0',
    note: `${VOTES_AGAINST.join(' or ')} votes.`,
  },
] as const satisfies readonly Column[];

export const ROUND_COLUMN = {
  key: 'round',
  header: 'Round',
  width: WIDTH.text,
  rule: ({ rules }) => rules.dropdown(ROUNDS, `Round: ${ROUNDS.join(', ')}.`),
  note: `The interview round: ${ROUNDS.join(', ')}.`,
} as const satisfies Column;

export const VOTE_COLUMN = {
  key: 'vote',
  header: 'Overall vote',
  width: WIDTH.text,
  rule: ({ rules }) => rules.dropdown(VOTES, `Overall vote: ${VOTES.join(', ')}.`),
  note: `${VOTES.join(', ')}: no neutral middle.`,
} as const satisfies Column;
