import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fax's TIFF pages are made PNG on arrival (issue 14 item 2): each kept
 * attachment says how many pages were made of it; none for those before.
 */
export class FaxPages1796693894398 implements MigrationInterface {
  name = 'FaxPages1796693894398';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE inbound_mails SET attachments = (
        SELECT jsonb_agg(a || jsonb_build_object('pages', 0) ORDER BY n)
          FROM jsonb_array_elements(attachments) WITH ORDINALITY AS t(a, n))
       WHERE jsonb_array_length(attachments) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE inbound_mails SET attachments = (
        SELECT jsonb_agg(a - 'pages' ORDER BY n)
          FROM jsonb_array_elements(attachments) WITH ORDINALITY AS t(a, n))
       WHERE jsonb_array_length(attachments) > 0`);
  }
}
