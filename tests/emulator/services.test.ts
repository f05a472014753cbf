import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../playground/emulator';
import { loadFixture } from './load-fixture';

describe('CacheService and PropertiesService', () => {
  it('keeps script cache entries until their TTL passes', () => {
    let now = 1_000_000;
    const addon = loadAddon({
      code: `function put() { CacheService.getScriptCache().put('rate', '40', 60); }
             function get() { return CacheService.getScriptCache().get('rate'); }
             function getAll() { CacheService.getDocumentCache().putAll({ a: '1', b: '2' }); return CacheService.getDocumentCache().getAll(['a', 'b', 'c']); }`,
      now: () => now,
    });
    addon.run('put');
    expect(addon.run('get').value).toBe('40');
    now += 61_000;
    expect(addon.run('get').value).toBeNull();
    expect(addon.run('getAll').value).toEqual({ a: '1', b: '2' });
  });

  it('stores user properties per user and document properties in the workbook', () => {
    const addon = loadFixture();
    expect(addon.run('cacheAndProps', [], { user: 'ana@example.com' }).value).toEqual(['v', 'dark']);
    expect(addon.userProperties.get('ana@example.com')?.get('theme')).toBe('dark');
    expect(addon.userProperties.get('bo@example.com')).toBeUndefined();
    addon.run('seedRates');
    expect(addon.workbook.documentProperties.get('seeded')).toBe('yes');
  });

  it('hands getProperties to the script as a plain object of its own keys, "__proto__" among them', () => {
    const addon = loadAddon({
      code: `function read() {
               const all = PropertiesService.getDocumentProperties().getProperties();
               return [Object.keys(all).length, Object.prototype.hasOwnProperty.call(all, '__proto__'), all['__proto__'], Object.getPrototypeOf(all) === Object.prototype, all['k7'], all.odd];
             }`,
    });
    for (let i = 0; i < 1000; i++) addon.workbook.documentProperties.set(`k${i}`, `value ${i}`);
    addon.workbook.documentProperties.set('__proto__', 'a key like any other');
    addon.workbook.documentProperties.set('odd', '\ud800 "quoted" \n');
    expect(addon.run('read').value).toEqual([1002, true, 'a key like any other', true, 'value 7', '\ud800 "quoted" \n']);
  });
});

describe('Session, Utilities and the global scope', () => {
  it('formats dates in the script time zone from appsscript.json', () => {
    const addon = loadFixture();
    const code = addon.run<string>('logSomething'); // global scope is loaded once
    expect(code.value).toBe('hello logger');
    const inline = loadAddon({
      code: `function when() {
        var d = new Date(Date.UTC(2024, 6, 1, 12, 5, 9));
        return [Session.getScriptTimeZone(),
          Utilities.formatDate(d, Session.getScriptTimeZone(), "yyyy-MM-dd'T'HH:mm:ssXXX EEE MMM"),
          Utilities.formatDate(d, 'GMT', 'dd/MM/yy h:mm a'),
          Utilities.formatString('%s costs %.2f', 'Ana', 41.5)];
      }`,
      timeZone: 'Europe/Berlin',
    });
    expect(inline.run('when').value).toEqual([
      'Europe/Berlin',
      '2024-07-01T14:05:09+02:00 Mon Jul',
      '01/07/24 12:05 PM',
      'Ana costs 41.50',
    ]);
  });

  it('offers only Apps Script globals: no require, process or module', () => {
    const addon = loadAddon({
      code: 'function probe() { return [typeof require, typeof process, typeof module, typeof setTimeout, typeof SpreadsheetApp, typeof console]; }',
    });
    expect(addon.run('probe').value).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'object', 'object']);
  });

  it('lists top-level functions as entry points', () => {
    const addon = loadFixture();
    expect(addon.functions).toEqual(expect.arrayContaining(['onOpen', 'showAbout', 'getAboutInfo', 'seedRates', 'helper_', 'DEVRATE']));
    expect(addon.functions).not.toContain('SpreadsheetApp');
    expect(() => addon.run('nope')).toThrow('Script function not found: nope');
  });
});
