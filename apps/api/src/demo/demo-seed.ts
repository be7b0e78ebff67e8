import { Role } from '@dengon/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';

export const DEMO_STAFF = [
  { email: 'backoffice@dengon.example', name: '事務 花子', role: Role.BackOffice },
  { email: 'supervisor@dengon.example', name: '監督 次郎', role: Role.Supervisor },
  { email: 'operator1@dengon.example', name: '受付 一郎', role: Role.Operator },
  { email: 'operator2@dengon.example', name: '受付 二葉', role: Role.Operator },
] as const;

export const DEMO_CLIENTS = [
  {
    name: '株式会社サンプル商事',
    nameKana: 'サンプルショウジ',
    users: [{ email: 'admin@client-a.example', name: '佐藤 美咲', role: Role.ClientAdmin }],
  },
  {
    name: '東都設備サービス株式会社',
    nameKana: 'トウトセツビサービス',
    users: [{ email: 'admin@client-b.example', name: '鈴木 健太', role: Role.ClientAdmin }],
  },
] as const;

/**
 * The demo data set for `npm start`, written on the first run only (when no
 * user exists yet), in one transaction.
 */
export async function seedDemo(dataSource: DataSource, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (em) => {
    if ((await em.count(User)) > 0) return false;
    for (const staff of DEMO_STAFF) {
      await em.save(em.create(User, { ...staff, clientCompanyId: null, passwordHash }));
    }
    for (const client of DEMO_CLIENTS) {
      const company = await em.save(
        em.create(ClientCompany, { name: client.name, nameKana: client.nameKana }),
      );
      for (const user of client.users) {
        await em.save(em.create(User, { ...user, clientCompanyId: company.id, passwordHash }));
      }
    }
    return true;
  });
}

export const demoLogins = () => [
  ...DEMO_STAFF.map((u) => ({ email: u.email, role: u.role, app: '/console/' })),
  ...DEMO_CLIENTS.flatMap((c) =>
    c.users.map((u) => ({ email: u.email, role: u.role, app: '/portal/' })),
  ),
];
