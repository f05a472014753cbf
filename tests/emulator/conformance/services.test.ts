// LockService, Session, PropertiesService, CacheService, HtmlService and Utilities, as recorded
// against live Apps Script by gas-fakes.
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../../playground/emulator';
import { call, gas, thrown, printed } from './gas';

describe('LockService (test/testlock.js)', () => {
  it('hands out script and user locks (lines 12-18)', () => {
    expect(gas(({ LockService }) => [printed(LockService.getScriptLock()), printed(LockService.getUserLock())])).toEqual(['Lock', 'Lock']);
  });

  it('takes, re-takes and releases a lock (lines 20-39)', () => {
    const got = gas(({ LockService }) => {
      const lock = LockService.getScriptLock();
      return [
        lock.hasLock(),
        lock.tryLock(10000),
        lock.hasLock(),
        lock.tryLock(10000),
        lock.hasLock(),
        (lock.releaseLock(), lock.hasLock()),
      ];
    });
    expect(got).toEqual([false, true, true, true, true, false]);
  });

  it('waits for a free lock without throwing, also when already held (lines 41-53)', () => {
    const got = gas(({ LockService }) => {
      const lock = LockService.getScriptLock();
      return [thrown(() => lock.waitLock(1000)), lock.hasLock(), thrown(() => lock.waitLock(1000)), lock.hasLock()];
    });
    expect(got).toEqual(['', true, '', true]);
  });

  it('takes a lock with no timeout and fails at once with a negative one (lines 55-78)', () => {
    const got = gas(({ LockService }) => {
      const lock = LockService.getScriptLock();
      const zero = [lock.tryLock(0), lock.hasLock()];
      lock.releaseLock();
      const negative = [lock.tryLock(-100), lock.hasLock()];
      const waitZero = [thrown(() => lock.waitLock(0)), lock.hasLock()];
      lock.releaseLock();
      const waitNegative = [thrown(() => lock.waitLock(-100)), lock.hasLock()];
      return { zero, negative, waitZero, waitNegative };
    });
    expect(got.zero).toEqual([true, true]);
    expect(got.negative).toEqual([false, false]);
    expect(got.waitZero).toEqual(['', true]);
    expect(got.waitNegative[0]).toMatch(/Lock timeout/);
    expect(got.waitNegative[1]).toBe(false);
  });
});

describe('Session (test/testsession.js:20-37)', () => {
  it("prints the active user as their email and answers the user's locale, time zone and key", () => {
    const got = gas(
      ({ Session }) => ({
        printed: printed(Session.getActiveUser()),
        email: Session.getActiveUser().getEmail(),
        effective: Session.getEffectiveUser().getEmail(),
        locale: Session.getActiveUserLocale(),
        timeZone: Session.getScriptTimeZone(),
        key: Session.getTemporaryActiveUserKey(),
      }),
      { defaultUser: 'ana@example.com', timeZone: 'Europe/Lisbon' },
    );
    expect(got.printed).toBe('ana@example.com'); // 21
    expect(got.email).toBe('ana@example.com'); // 22
    expect(got.effective).toBe('ana@example.com'); // 23-26
    expect(got.locale).not.toBe(''); // 31-32
    expect(got.timeZone).toBe('Europe/Lisbon'); // 33
    expect(got.key).not.toBe(''); // 34
  });
});

describe('stores (test/teststores.js)', () => {
  it('sets, reads and deletes a property in the document, script and user stores (lines 14-46)', () => {
    const got = gas(({ PropertiesService }) =>
      [PropertiesService.getDocumentProperties(), PropertiesService.getScriptProperties(), PropertiesService.getUserProperties()].map(
        (store, i) => {
          store.setProperty('t', `${i}p`);
          const read = store.getProperty('t');
          store.deleteProperty('t');
          return [read, store.getProperty('t')];
        },
      ),
    );
    expect(got).toEqual([
      ['0p', null],
      ['1p', null],
      ['2p', null],
    ]);
  });

  it('puts, reads and removes a cached value, which expires after its time (lines 50-92)', () => {
    let now = 1_000_000;
    const addon = loadAddon({ code: '', now: () => now });
    const put = addon.withServices(({ CacheService }) => {
      const cache = CacheService.getUserCache();
      cache.put('t', 'upc');
      const read = cache.get('t');
      cache.remove('t');
      const removed = cache.get('t');
      cache.put('t', 'ex', 2);
      return [read, removed, cache.get('t')];
    });
    now += 2000;
    const expired = addon.withServices(({ CacheService }) => CacheService.getUserCache().get('t'));
    expect(put).toEqual(['upc', null, 'ex']);
    expect(expired).toBeNull();
  });
});

describe('HtmlService (test/testhtmlservice.js)', () => {
  it('builds an output: content, title, size, untrusted text escaped, cleared (lines 12-29)', () => {
    const got = gas(({ HtmlService }) => {
      const output = HtmlService.createHtmlOutput('<h1>Title</h1>');
      const first = [output.getContent(), output.getTitle()];
      output.setTitle('My Page').setHeight(100).setWidth(200);
      const set = [output.getTitle(), output.getHeight(), output.getWidth()];
      output.appendUntrusted('<script>alert(1)</script>');
      const appended = output.getContent();
      output.clear();
      // Apps Script's enums are objects; the emulator's typings see strings, so the call goes by name.
      const sandboxed = call(output, 'setSandboxMode', HtmlService.SandboxMode.IFRAME) as object;
      const chained = call(sandboxed, 'setXFrameOptionsMode', HtmlService.XFrameOptionsMode.ALLOWALL) as object;
      return { first, set, appended, cleared: output.getContent(), chained: printed(chained) };
    });
    expect(got.first).toEqual(['<h1>Title</h1>', '']);
    expect(got.set).toEqual(['My Page', 100, 200]);
    expect(got.appended).toBe('<h1>Title</h1>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(got.cleared).toBe('');
    expect(got.chained).toBe('HtmlOutput'); // 31-33: chainable, no getters
  });

  it('refuses a file that does not exist; has its enums and a user agent (lines 68-96)', () => {
    const got = gas(({ HtmlService }) => ({
      missing: thrown(() => HtmlService.createHtmlOutputFromFile('does_not_exist')),
      enums: [typeof HtmlService.SandboxMode, typeof HtmlService.XFrameOptionsMode],
      agent: HtmlService.getUserAgent(),
    }));
    expect(got.missing).not.toBe('');
    expect(got.enums).toEqual(['object', 'object']);
    expect(got.agent === null || typeof got.agent === 'string').toBe(true);
  });
});

describe('Utilities (test/testutilities.js)', () => {
  it('base64-encodes bytes and text alike, and decodes back (lines 33-56)', () => {
    const text = 'Some text, with ünïcode +/=';
    const got = gas(({ Utilities }) => {
      const bytes = Utilities.base64Decode(Utilities.base64Encode(text));
      const b64 = Utilities.base64Encode(text);
      return {
        same: Utilities.base64Encode(bytes) === b64,
        decoded: Buffer.from(Utilities.base64Decode(b64).map((b) => b & 0xff)).toString('utf8'),
      };
    });
    expect(got).toEqual({ same: true, decoded: text });
  });

  it('formats strings and dates (lines 219-236)', () => {
    const got = gas(({ Utilities }) => [
      Utilities.formatString('hello %s', 'world'),
      Utilities.formatString('%d + %d = %d', 1, 2, 3),
      Utilities.formatDate(new Date(Date.UTC(2023, 0, 1, 12, 0, 0)), 'GMT', 'yyyy-MM-dd HH:mm:ss'),
    ]);
    expect(got).toEqual(['hello world', '1 + 2 = 3', '2023-01-01 12:00:00']);
  });
});
