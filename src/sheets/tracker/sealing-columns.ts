// The tracker columns that sealed scorecards, panels and votes add (issue 12), kept apart from
// layout.ts, which splices them in. Candidates: the panel and the reveal record, typed or
// written by the reveal (never formulas); the vote summary beside the weighted score.
// Scorecards: the round and the overall vote.
import { ROUNDS, VOTES, VOTES_AGAINST } from '../../domain/scoring/votes';
import type { Column, WIDTH as Widths } from './layout';

type Width = typeof Widths; // passed in by layout.ts, which imports this file

export const sealingColumns = (WIDTH: Width): Column[] => [
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
];

export const voteColumns = (WIDTH: Width): Column[] => [
  {
    key: 'votes',
    header: 'Votes',
    width: WIDTH.wide,
    debrief: true,
    note: `Overall votes (${[...VOTES].reverse().join(', ')}), strongest yes first.`,
  },
  {
    key: 'votes_against',
    header: 'Votes against',
    width: WIDTH.narrow,
    debrief: true,
    numberFormat: '0',
    note: `${VOTES_AGAINST.join(' or ')} votes.`,
  },
];

export const roundColumn = (WIDTH: Width): Column => ({
  key: 'round',
  header: 'Round',
  width: WIDTH.text,
  note: `The interview round: ${ROUNDS.join(', ')}.`,
});
export const voteColumn = (WIDTH: Width): Column => ({
  key: 'vote',
  header: 'Overall vote',
  width: WIDTH.text,
  note: `${VOTES.join(', ')}: no neutral middle.`,
});
