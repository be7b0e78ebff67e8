import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan's price may bill handled mail apart (issue 14 item 5): mails and
 * faxes included each month, and the price of each one over. 0 per mail, as
 * every price so far, keeps a handled mail counted as a call.
 */
export class MailPrices1796694338426 implements MigrationInterface {
  name = 'MailPrices1796694338426';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan_prices" ADD "included_mails" integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "plan_prices" ADD "overage_per_mail" integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan_prices" DROP COLUMN "overage_per_mail"`);
    await q.query(`ALTER TABLE "plan_prices" DROP COLUMN "included_mails"`);
  }
}
