import { describe, expect, it } from '@jest/globals';
import { fromSqlState } from '../../../src/schema/error-mapping.js';

// Every SQLSTATE class a request's input or load can reach has a client answer; our own bugs stay internal.
describe('fromSqlState', () => {
  it.each([
    ['22001', 'BAD_USER_INPUT'], // string too long
    ['22021', 'BAD_USER_INPUT'], // invalid byte sequence (NUL)
    ['22P05', 'BAD_USER_INPUT'], // untranslatable character
    ['22003', 'BAD_USER_INPUT'], // numeric out of range
    ['22008', 'BAD_USER_INPUT'], // datetime out of range
    ['22P02', 'BAD_USER_INPUT'], // invalid text representation
    ['23502', 'BAD_USER_INPUT'], // not null
    ['23503', 'BAD_USER_INPUT'], // foreign key (another organization's row)
    ['23505', 'BAD_USER_INPUT'], // unique
    ['23514', 'BAD_USER_INPUT'], // check / value rule
    ['40001', 'CONCURRENT_MODIFICATION'], // serialization failure
    ['40P01', 'CONCURRENT_MODIFICATION'], // deadlock
    ['55P03', 'CONCURRENT_MODIFICATION'], // lock_timeout
    ['57014', 'REQUEST_TIMEOUT'], // statement_timeout
    ['25P03', 'REQUEST_TIMEOUT'], // idle_in_transaction_session_timeout
    ['57P01', 'SERVER_BUSY'], // terminated by an administrator
    ['53200', 'SERVER_BUSY'], // out of memory
    ['53300', 'SERVER_BUSY'], // too many connections
    ['08006', 'SERVER_BUSY'], // connection failure
    ['54001', 'BAD_USER_INPUT'], // statement too complex
    ['42501', 'FORBIDDEN'], // RLS WITH CHECK
  ])('%s is %s', (code, expected) => {
    expect(fromSqlState(code, '')?.extensions.code).toBe(expected);
  });

  it('names the value rule a BEFORE trigger reports', () => {
    expect(fromSqlState('23514', 'new row violates rule appointment_ends_after_start')?.message).toMatch(/appointment_ends_after_start/);
  });

  it('a deleted organization refused by app.begin_request is ORGANIZATION_PENDING_DELETION', () => {
    expect(fromSqlState('P0001', 'this organization is pending deletion')?.extensions.code).toBe('ORGANIZATION_PENDING_DELETION');
  });

  it.each(['42601', '42703', '42P01', 'XX000', 'P0001'])('%s (a bug of ours) stays internal', (code) => {
    expect(fromSqlState(code, 'syntax error')).toBeNull();
  });
});
