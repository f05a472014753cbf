// "Scope a project": asks the server for the user's draft and the spreadsheet's rate card (so the
// live estimate uses the figures the sheet's formulas will), then hands over to the wizard.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../shared/base.css';
import './wizard.css';
import { defaultBudgetInput } from '../../../src/domain/budget/defaults';
import { formFromInput, type WizardDraft } from '../../../src/domain/budget/draft';
import { builtInTable, type FigureTable } from '../../../src/domain/figure-table';
import type { WizardContext } from '../../../src/endpoints/registry';
import { failureMessage, server } from '../../shared/rpc';
import { appRoot } from '../../shared/mount';
import { newestDraft } from './draft-store';
import { Wizard, type WizardProps } from './Wizard';

function figuresFor(card: WizardContext['rateCard']): { table: FigureTable; cardNote?: WizardProps['cardNote'] } {
  if (!card) return { table: builtInTable() };
  if ('unreadable' in card) {
    return {
      table: builtInTable(),
      cardNote: {
        text: `The rate card on “${card.sheetName}” has a problem (${card.unreadable}). The estimate uses the built-in figures; fix the card before creating the sheet.`,
        problem: true,
      },
    };
  }
  const table = builtInTable().overlay(card.entries, card.badRows);
  const problems = table.problems();
  if (problems.length === 0) return { table, cardNote: { text: `Using the rate card on sheet “${card.sheetName}”.`, problem: false } };
  return {
    table,
    cardNote: {
      text: `Using the rate card on sheet “${card.sheetName}”, which has rows the functions refuse: ${problems.join(' ')} Figures that rest on them show the problem instead.`,
      problem: true,
    },
  };
}

/** The defaults with no one on the team yet: the estimate waits for the user's own team. */
function startingDraft(table: FigureTable): WizardDraft {
  const form = formFromInput(defaultBudgetInput(table));
  return { step: 0, savedAt: 0, form: { ...form, team: { ...form.team, members: [] } } };
}

function App() {
  const [props, setProps] = useState<WizardProps | undefined>();
  useEffect(() => {
    const start = (context: WizardContext, failed?: string) => {
      const figures = figuresFor(context.rateCard);
      const draft = newestDraft(context.documentKey, context.draft) ?? startingDraft(figures.table);
      setProps({
        initial: draft,
        documentKey: context.documentKey,
        ...figures,
        ...(failed ? { cardNote: { text: failed, problem: true } } : {}),
      });
    };
    server.getWizardContext().then(
      (context) => start(context),
      (error: unknown) =>
        start(
          { documentKey: 'offline', draft: null, rateCard: null },
          `${failureMessage(error)} Your answers are kept in this browser only.`,
        ),
    );
  }, []);
  if (!props) return <p class="muted">Loading your draft…</p>;
  return <Wizard {...props} />;
}

render(<App />, appRoot());
