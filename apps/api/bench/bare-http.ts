import { bigrams } from '@dengon/domain';
import { JwtService } from '@nestjs/jwt';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { escapeLiteral, Pool, type PoolClient } from 'pg';

/**
 * The yardstick of `npm run bench:http`: the history page and the intake save
 * with nothing but Node's `http` and `pg`. Each checks the token and its
 * user's standing, then runs the statements the API runs, in one transaction
 * switched to the same role and scope. It checks no input and formats nothing:
 * what the API costs beyond it is the framework, validation and formatting.
 */
const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 20 });
const jwt = new JwtService({ secret: process.env['JWT_SECRET'] });

interface Claims {
  sub: string;
  role: string;
  cid: string | null;
}

async function inTransaction<T>(claims: Claims, work: (db: PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query(
      `BEGIN; SELECT set_config('role', 'dengon_app', true),
                     set_config('dengon.scope', ${escapeLiteral(claims.cid ? 'client' : 'staff')}, true),
                     set_config('dengon.client_company_id', ${escapeLiteral(claims.cid ?? '')}, true)`,
    );
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
}

async function history(claims: Claims, body: { first: number }): Promise<unknown> {
  return inTransaction(claims, async (db) => {
    const { rows } = await db.query(
      `SELECT * FROM intake_records r WHERE r.client_company_id = $1
        ORDER BY r.received_at DESC, r.id DESC LIMIT $2`,
      [claims.cid, body.first + 1],
    );
    return { items: rows.slice(0, body.first), more: rows.length > body.first };
  });
}

interface SaveBody {
  clientCompanyId: string;
  scriptVersionId: string;
  channel: string;
  callingE164: string;
  fields: Record<string, string>;
  memo: string;
}

async function save(claims: Claims, body: SaveBody): Promise<unknown> {
  return inTransaction(claims, async (db) => {
    const searchText = [body.memo, ...Object.values(body.fields)].join(' ');
    const { rows } = await db.query<{ id: string; record_number: string }>(
      `INSERT INTO intake_records (client_company_id, channel, calling_e164, script_version_id, fields, memo, status,
                                   operator_id, received_at, search_text, search_bigrams, version)
       VALUES ($1, $2, $3, $4, $5, $6, 'RECEIVED', $7, now(), $8, $9, 1) RETURNING id, record_number`,
      [
        body.clientCompanyId,
        body.channel,
        body.callingE164,
        body.scriptVersionId,
        body.fields,
        body.memo,
        claims.sub,
        searchText,
        bigrams(searchText),
      ],
    );
    const record = rows[0]!;
    await db.query(
      `INSERT INTO intake_status_changes (intake_id, client_company_id, from_status, to_status, note, changed_by)
       VALUES ($1, $2, NULL, 'RECEIVED', '', $3)`,
      [record.id, body.clientCompanyId, claims.sub],
    );
    await db.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, client_company_id, action, entity_type, entity_id, after)
       VALUES ($1, $2, $3, 'intake.created', 'IntakeRecord', $4, $5) RETURNING id, created_at`,
      [claims.sub, claims.role, body.clientCompanyId, record.id, { status: 'RECEIVED' }],
    );
    await db.query('SELECT pg_notify($1, $2)', [
      'dengon_events',
      JSON.stringify({ type: 'intake.created', id: record.id }),
    ]);
    await db.query('INSERT INTO intake_reports_due (intake_id) VALUES ($1)', [record.id]);
    return { id: record.id, recordNumber: record.record_number };
  });
}

const routes: Record<string, (claims: Claims, body: never) => Promise<unknown>> = {
  '/history': history,
  '/intake': save,
};

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.url === '/healthz') return void response.end('ok');
  const route = routes[request.url ?? ''];
  if (!route) return void response.writeHead(404).end();
  let claims: Claims;
  try {
    claims = jwt.verify<Claims>((request.headers.authorization ?? '').replace(/^Bearer /, ''));
  } catch {
    return void response.writeHead(401).end();
  }
  // The user's standing, as the API reads it on every request.
  const { rows } = await pool.query<{ active: boolean }>({
    name: 'live-session',
    text: `SELECT u.role, u.active, u.session_version, u.client_company_id, c.status
             FROM users u LEFT JOIN client_companies c ON c.id = u.client_company_id
            WHERE u.id = $1`,
    values: [claims.sub],
  });
  if (!rows[0]?.active) return void response.writeHead(401).end();
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const result = await route(claims, JSON.parse(Buffer.concat(chunks).toString()) as never);
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
}

createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    // A load generator that stops closes its connections mid-request: nothing to answer.
    if (request.destroyed) return;
    console.error(error);
    response.writeHead(500).end();
  });
}).listen(Number(process.env['PORT']), '127.0.0.1');
process.on('SIGTERM', () => void pool.end().then(() => process.exit(0)));
