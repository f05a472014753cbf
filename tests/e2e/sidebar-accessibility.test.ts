// Every sidebar, in Debian's Chromium through the playground, for people who use a keyboard or a
// screen reader: axe-core finds no serious or critical violation in any state a person meets
// (each wizard step and its errors, the budget created; the rate card picker before, after and
// refused; the scoring form, its errors, a new candidate's form, the debrief; About), and the
// main controls are reached with Tab and operated with Enter, Space and the arrow keys.
import type { Locator, Page } from 'playwright-core';
import { beforeEach, expect, it, vi } from 'vitest';
import { SIDEBAR_PAGES } from '../../src/server/sidebars';
import { frameOf, seriousViolations, type Violation } from '../support/axe';
import { describeInBrowser, openMenu, playgroundForEachTest, sidebarFrame } from '../support/playground';

describeInBrowser('sidebars: axe-core and the keyboard', () => {
  vi.setConfig({ testTimeout: 90_000 });
  const session = playgroundForEachTest();
  let page: Page;
  beforeEach(() => void ({ page } = session));

  /** Opens a sidebar from the menu: its frame to drive, and a check that runs axe in it. */
  async function open(page: Page, title: keyof typeof SIDEBAR_PAGES) {
    await openMenu(page, menuLabel[title]);
    const iframe = page.locator(`iframe[title="${SIDEBAR_PAGES[title]}"]`);
    const frame = sidebarFrame(page, SIDEBAR_PAGES[title]);
    await frame.locator('main, section').first().waitFor();
    const found: Record<string, Violation[]> = {};
    return {
      frame,
      /** Runs axe in the sidebar as it is now; serious and critical violations are kept by state. */
      check: async (state: string) => {
        const violations = await seriousViolations(await frameOf(iframe));
        if (violations.length) found[state] = violations;
      },
      found,
    };
  }
  const menuLabel: Record<keyof typeof SIDEBAR_PAGES, string> = {
    About: 'About DevRate',
    Scoring: 'Score a candidate',
    Wizard: 'Scope a project',
    RateCard: 'Insert rate card',
  };

  /**
   * From the sidebar's Close button (the last control before the sidebar's page), or from where
   * the focus is, presses Tab until the control has the focus; fails if it is never reached.
   */
  async function tabTo(control: Locator, from: 'top' | 'here' = 'top'): Promise<void> {
    if (from === 'top') await page.getByRole('button', { name: 'Close sidebar' }).focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await control.evaluate((el) => el === document.activeElement && document.hasFocus()).catch(() => false)) return;
    }
    throw new Error(`Tab never reached ${control.toString()}`);
  }

  it("About: no violation, and each function's details open from the keyboard", async () => {
    const about = await open(page, 'About');
    await about.check('default');
    const first = about.frame.locator('summary').first();
    await tabTo(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => first.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    expect(about.found).toEqual({});
  });

  it('Insert rate card: no violation before, after and when refused; chosen and inserted from the keyboard', async () => {
    const picker = await open(page, 'RateCard');
    await picker.check('idle');
    await tabTo(picker.frame.locator('input[type=radio]:checked'));
    await page.keyboard.press('ArrowUp');
    const checked = () => picker.frame.locator('input[type=radio]:checked').getAttribute('value');
    await expect.poll(checked).not.toBe('both');
    const insert = picker.frame.getByRole('button', { name: 'Insert rate card' });
    await tabTo(insert);
    await page.keyboard.press('Enter');
    await picker.frame.getByRole('status').filter({ hasText: 'Inserted' }).waitFor();
    await picker.check('inserted');
    // Opened again, the picker says a card exists; a second card is refused, and says why.
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await page.locator(`iframe[title="${SIDEBAR_PAGES.RateCard}"]`).waitFor({ state: 'detached' });
    const again = await open(page, 'RateCard');
    await again.frame.getByText('already has a rate card').waitFor();
    await again.check('a card exists');
    await tabTo(again.frame.getByRole('button', { name: 'Insert rate card' }));
    await page.keyboard.press('Space');
    await again.frame.getByRole('alert').waitFor();
    await again.check('refused');
    expect({ ...picker.found, ...again.found }).toEqual({});
  });

  it('Scope a project: no violation on any step, with errors, or once created; the whole wizard runs from the keyboard', async () => {
    const wizard = await open(page, 'Wizard');
    const w = wizard.frame;
    await w.getByText('Step 1 of 4').waitFor();
    await wizard.check('step 1');

    // Step 1 with an error: the name emptied from the keyboard, Next pressed with Enter.
    const name = w.getByLabel('Project name');
    await tabTo(name);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const next = w.getByRole('button', { name: 'Next' });
    await tabTo(next);
    await page.keyboard.press('Enter');
    await w.getByRole('alert').first().waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await wizard.check('step 1 with errors');

    await name.focus();
    await page.keyboard.type('Checkout');
    const deliverables = w.getByLabel('90-day deliverables');
    await tabTo(deliverables);
    await page.keyboard.type('Payments API');
    const type = w.getByLabel('Project type');
    await type.focus();
    const before = await type.inputValue();
    await page.keyboard.press('ArrowDown'); // a closed select changes with the arrows
    await expect.poll(() => type.inputValue()).not.toBe(before);
    await tabTo(next);
    await page.keyboard.press('Enter');
    await w.getByText('Step 2 of 4').waitFor();
    await wizard.check('step 2');

    // The team starts empty: a member is added from the keyboard.
    await tabTo(w.getByRole('button', { name: 'Add team member' }));
    await page.keyboard.press('Enter');
    const count = w.getByLabel('Count').first();
    await tabTo(count);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await tabTo(next);
    await page.keyboard.press('Enter');
    await w.getByRole('alert').first().waitFor();
    await wizard.check('step 2 with errors');
    await count.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');

    await tabTo(next);
    await page.keyboard.press('Enter');
    await w.getByText('Step 3 of 4').waitFor();
    await wizard.check('step 3');
    const back = w.getByRole('button', { name: 'Back' });
    await tabTo(back);
    await page.keyboard.press('Space');
    await w.getByText('Step 2 of 4').waitFor();
    await tabTo(next);
    await page.keyboard.press('Enter');
    await w.getByText('Step 3 of 4').waitFor();
    await tabTo(next);
    await page.keyboard.press('Enter');
    await w.getByText('Step 4 of 4').waitFor();
    await wizard.check('step 4 (review)');

    const create = w.getByRole('button', { name: 'Create budget sheet' });
    await tabTo(create);
    await page.keyboard.press('Enter');
    await w.getByRole('status').filter({ hasText: 'Created the sheet' }).waitFor();
    await wizard.check('budget created');
    expect(wizard.found).toEqual({});
  });

  it('Score a candidate: no violation on the form, its errors, a new candidate, the debrief; all of it from the keyboard', async () => {
    const scoring = await open(page, 'Scoring');
    const s = scoring.frame;
    const insert = s.getByRole('button', { name: 'Insert candidate tracker' });
    await insert.waitFor();
    await scoring.check('no tracker yet');
    await tabTo(insert);
    await page.keyboard.press('Enter');
    await s.getByLabel('Candidate', { exact: true }).waitFor();
    await scoring.check('scoring form');

    const submit = s.getByRole('button', { name: 'Submit scorecard' });
    await tabTo(submit);
    await page.keyboard.press('Enter');
    await s.locator('.error').first().waitFor();
    expect(await s.getByLabel('Candidate', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await scoring.check('scoring form with errors');

    // A new candidate, typed and added from the keyboard (Enter in a field submits its form).
    const add = s.getByRole('button', { name: '+ Add a candidate' });
    await tabTo(add);
    await page.keyboard.press('Enter');
    const newName = s.getByLabel('Name', { exact: true });
    await tabTo(s.getByRole('button', { name: 'Add candidate' }));
    await page.keyboard.press('Enter');
    await s.locator('fieldset .error').first().waitFor();
    await scoring.check('new candidate with errors');
    await newName.focus();
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Enter');
    await add.waitFor();
    await expect.poll(() => s.getByLabel('Candidate', { exact: true }).inputValue()).toBe('Ada Lovelace');

    const interviewer = s.getByLabel('Interviewer');
    await tabTo(interviewer);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Grace');
    const round = s.getByLabel('Round');
    await tabTo(round, 'here');
    await page.keyboard.press('ArrowDown');
    expect(await round.inputValue()).toBe('screening');
    for (const question of await s.locator('.question select').all()) {
      await tabTo(question, 'here'); // on from the previous answer, as a person goes down the form
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      expect(await question.inputValue()).toBe('3');
    }
    const flag = s.getByRole('checkbox').first();
    await tabTo(flag);
    await page.keyboard.press('Space');
    expect(await flag.isChecked()).toBe(true);
    // The overall vote: Tab enters the group, the arrows pick.
    await tabTo(s.getByRole('radio', { name: 'Strong no', exact: true }), 'here');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await s.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    await tabTo(submit);
    await page.keyboard.press('Enter');
    const debrief = s.getByRole('region', { name: 'Debrief' });
    await debrief.waitFor();
    await scoring.check('debrief');

    const another = s.getByRole('button', { name: 'Score another candidate' });
    await tabTo(another);
    await page.keyboard.press('Enter');
    await submit.waitFor();
    expect(scoring.found).toEqual({});
  });
});
