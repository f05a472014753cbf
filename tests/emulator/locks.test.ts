import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

describe('LockService', () => {
  it('holds the document lock during the write and releases it', () => {
    const addon = loadFixture();
    const result = addon.run<boolean>('seedRates');
    expect(result.value).toBe(true); // hasLock() inside the critical section
    expect(result.locksReleasedAtEnd).toEqual([]);
    expect(addon.locks.holder('document')).toBeUndefined();
  });

  it('releases a lock the code forgot, when the execution ends', () => {
    const addon = loadFixture();
    const result = addon.run('writeAndKeepLock');
    expect(result.locksReleasedAtEnd).toEqual(['document']);
    expect(addon.locks.holder('document')).toBeUndefined();
  });

  it('is exclusive: another execution holding it makes tryLock fail and waitLock time out', () => {
    const addon = loadFixture();
    const release = addon.locks.holdAs('document', 'other user execution');
    expect(addon.run('tryDocumentLock').value).toBe(false);
    expect(() => addon.run('waitDocumentLock')).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(() => addon.run('seedRates')).toThrow('Lock timeout');
    release();
    expect(addon.run('tryDocumentLock').value).toBe(true);
    expect(addon.run('waitDocumentLock').value).toBe('got it');
  });
});

describe('strict lock mode', () => {
  it('records every sheet write made without the document lock', () => {
    const addon = loadFixture({ strictLock: true });
    addon.run('seedRates');
    expect(addon.lockViolations).toEqual([]);
    const result = addon.run('writeWithoutLock');
    expect(result.lockViolations).toEqual([
      { executionId: result.executionId, entryPoint: 'writeWithoutLock', method: 'Range.setValue', target: "'Rates'!A1" },
    ]);
    expect(addon.lockViolations).toHaveLength(1);
    expect(addon.spreadsheet.getSheetByName('Rates')!.getRange('A1').getValue()).toBe('unsafe');
  });

  it('can throw at the offending write instead', () => {
    const addon = loadFixture({ strictLock: { throwOnViolation: true } });
    expect(() => addon.run('writeWithoutLock')).toThrow(
      "Strict lock mode: Range.setValue on 'Sheet1'!A1 without holding LockService.getDocumentLock()",
    );
    expect(addon.spreadsheet.getActiveSheet().getRange('A1').getValue()).toBe('');
  });

  it('does not count writes made while holding the lock', () => {
    const addon = loadFixture({ strictLock: { throwOnViolation: true } });
    expect(addon.run('writeAndKeepLock').lockViolations).toEqual([]);
  });
});
