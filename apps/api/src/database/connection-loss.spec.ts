import { isConnectionLoss } from './connection-loss';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionLoss', () => {
  it.each([
    [
      'the server shutting down',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['the server starting up', withCode('57P03', 'the database system is starting up')],
    ['no connection', withCode('08006')],
    ['the socket file gone', withCode('ENOENT', 'connect ENOENT /tmp/pg/.s.PGSQL.5432')],
    ['nothing listening', withCode('ECONNREFUSED')],
    ['the connection reset', withCode('ECONNRESET')],
    ['the client ended mid-query', new Error('Connection terminated unexpectedly')],
    [
      'a client already broken',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
  ])('is true for %s', (_, error) => expect(isConnectionLoss(error)).toBe(true));

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a plain error', new Error('boom')],
    ['something not an error', { code: '57P01' }],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => expect(isConnectionLoss(error)).toBe(false));
});
