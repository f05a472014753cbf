import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

describe('menus, sidebars and dialogs', () => {
  it('records the menu tree built by onOpen', () => {
    const addon = loadFixture();
    addon.open('FULL');
    expect(addon.ui.menus).toEqual([
      {
        caption: 'DevRate',
        addon: true,
        items: [
          { kind: 'item', caption: 'About', functionName: 'showAbout' },
          { kind: 'item', caption: 'Seed rates', functionName: 'seedRates' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Tools', items: [{ kind: 'item', caption: 'Write without lock', functionName: 'writeWithoutLock' }] },
        ],
      },
    ]);
  });

  it('replaces the menu when onOpen runs again', () => {
    const addon = loadFixture();
    addon.open('NONE');
    addon.install();
    expect(addon.ui.menus).toHaveLength(1);
    expect(addon.ui.menus[0].items).toHaveLength(4);
  });

  it('opens the sidebar from an HTML file with its title when a menu item is clicked', () => {
    const addon = loadFixture();
    addon.open();
    let changes = 0;
    addon.onChange((source) => source === 'ui' && changes++);
    addon.clickMenu(['DevRate', 'About']);
    expect(addon.ui.sidebar?.title).toBe('About DevRate');
    expect(addon.ui.sidebar?.html).toContain('<h1>About DevRate</h1>');
    expect(addon.ui.sidebar?.shownBy).toBe('showAbout');
    expect(changes).toBe(1);
  });

  it('clicks through submenus', () => {
    const addon = loadFixture();
    addon.open();
    addon.clickMenu(['DevRate', 'Tools', 'Write without lock']);
    expect(addon.spreadsheet.getActiveSheet().getRange('A1').getValue()).toBe('unsafe');
    expect(() => addon.clickMenu(['DevRate', 'Nothing'])).toThrow('No menu item DevRate > Nothing');
  });

  it('fails like Apps Script when the HTML file does not exist', () => {
    const addon = loadFixture();
    expect(() => addon.run('showMissingPage')).toThrow('No HTML file named Nope was found.');
    expect(addon.ui.sidebar).toBeNull();
  });

  it('answers alerts through a configurable responder and records them', () => {
    const addon = loadFixture();
    expect(addon.run('askUser').value).toBe(true);
    addon.ui.respond = () => ({ button: 'NO' });
    expect(addon.run('askUser').value).toBe(false);
    expect(addon.ui.dialogs.map((d) => [d.title, d.prompt, d.buttons, d.button])).toEqual([
      ['Confirm', 'Overwrite rates?', 'YES_NO', 'YES'],
      ['Confirm', 'Overwrite rates?', 'YES_NO', 'NO'],
    ]);
  });
});
