import { InboundAddress } from '../inbound/inbound-address.entity';
import { MailRoutingRule } from '../inbound/mail-routing-rule.entity';
import { ReplyTemplate } from '../inbound/reply-template.entity';
import {
  BASIC_INTAKE_FIELDS,
  checkContractor,
  type ContractorArea,
  type ContractorChannel,
  type IntakeField,
  parseJapanesePhone,
  Role,
  tokyoDate,
  DEFAULT_BILLING_TERMS,
  type DueRule,
  shiftBillingMonth,
} from '@dengon/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ClientGroup, ClientGroupMember, OperatorSkill } from '../acd/acd.entities';
import { hashPassword } from '../auth/passwords';
import { User } from '../auth/user.entity';
import { ClientCompany, ClientStatus, ReportMethod } from '../clients/client-company.entity';
import {
  Contract,
  ContractOption,
  ContractPlanTerm,
  HolidayRule,
  OptionKind,
} from '../contracts/contract.entity';
import { TOLL_FREE_NUMBER_FEE } from '../contracts/contract-options.service';
import { Contractor } from '../dispatch/contractor.entity';
import { FaqItem } from '../faq/faq-item.entity';
import { indexForSearch } from '../faq/faq.service';
import { PhoneNumber } from '../numbers/phone-number.entity';
import { Script, ScriptVersion } from '../scripts/script.entity';

/** Staff, with the client groups each takes calls for (groups named in DEMO_GROUPS). */
export const DEMO_STAFF = [
  { email: 'backoffice@dengon.example', name: '事務 花子', role: Role.BackOffice, groups: [] },
  {
    email: 'supervisor@dengon.example',
    name: '監督 次郎',
    role: Role.Supervisor,
    groups: ['一般受付', '保守連動'],
  },
  {
    email: 'operator1@dengon.example',
    name: '受付 一郎',
    role: Role.Operator,
    groups: ['一般受付', '保守連動'],
  },
  {
    email: 'operator2@dengon.example',
    name: '受付 二葉',
    role: Role.Operator,
    groups: ['一般受付'],
  },
] as const;

/** Client groups (operator skills) by the plans of their clients: maintenance calls need training. */
const DEMO_GROUPS = [
  { name: '一般受付', planCodes: ['START', 'STANDARD', 'NEXT'] },
  { name: '保守連動', planCodes: ['MAINTENANCE'] },
] as const;

const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

type MailRoutingRuleInput = Pick<MailRoutingRule, 'kind' | 'pattern' | 'department'>;

interface DemoClient {
  name: string;
  nameKana: string;
  /** 受付番号の接頭辞: 'SS' numbers records SS-2026-000001, … */
  recordPrefix: string;
  admin: { email: string; name: string };
  planCode: string;
  tollFree: string;
  forwardTo: string;
  coverage: { weekday: (typeof EVERY_DAY)[number]; start: string; end: string }[];
  holidayRule: HolidayRule;
  extraFields: IntakeField[];
  specialInstructions: string;
  urgentKeywords: string[];
  faq: [string, string, string[]][];
  /** When its invoices are due, where not the default (end of the month of issue). */
  due?: DueRule;
  /** Calls are recorded and the client may play them in the portal (通話録音). */
  recordCalls?: boolean;
  /** Its intake addresses under the service's domain (e-mail, or the carrier's fax-to-mail). */
  intakeAddresses: { address: string; kind: 'EMAIL' | 'FAX'; label: string }[];
  /** Mail handling (メール対応) bought as an option, for a plan without it. */
  mailHandlingOption?: boolean;
  /** Its routing rules for mail: subject keywords to departments, VIP sender domains. */
  mailRouting?: MailRoutingRuleInput[];
  /** Maintenance-linked clients' contractors (手配先), best first within an area. */
  contractors?: {
    name: string;
    areas: ContractorArea[];
    categories: string[];
    channels: ContractorChannel[];
  }[];
}

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: '株式会社サンプル商事',
    nameKana: 'サンプルショウジ',
    recordPrefix: 'SS',
    admin: { email: 'admin@client-a.example', name: '佐藤 美咲' },
    planCode: 'STANDARD',
    intakeAddresses: [{ address: 'sample-shoji@in.dengon.example', kind: 'EMAIL', label: '代表' }],
    recordCalls: true,
    tollFree: '0120-100-200',
    forwardTo: '03-5555-0101',
    coverage: WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
    holidayRule: HolidayRule.CLOSED,
    extraFields: [],
    specialInstructions: '営業担当の指名があれば担当者名を必ず聞き取る。',
    urgentKeywords: ['至急', 'クレーム'],
    faq: [
      [
        '営業時間を教えてください',
        '平日9時から18時までです。土日祝日はお休みをいただいております。',
        ['営業時間'],
      ],
      ['カタログを送ってほしい', 'ご住所とお名前を伺い、担当者より発送いたします。', ['資料請求']],
      ['解約したい', '担当者より手続きのご案内を差し上げます。ご連絡先を伺います。', ['契約']],
      ['請求書の再発行はできますか', 'はい、経理担当より再発行いたします。', ['請求']],
    ],
  },
  {
    name: '東都設備サービス株式会社',
    nameKana: 'トウトセツビサービス',
    recordPrefix: 'TS',
    admin: { email: 'admin@client-b.example', name: '鈴木 健太' },
    planCode: 'MAINTENANCE',
    intakeAddresses: [
      { address: 'toto-setsubi@in.dengon.example', kind: 'EMAIL', label: '修理受付' },
      { address: 'fax-toto@in.dengon.example', kind: 'FAX', label: 'FAX（03-5555-0202）' },
    ],
    tollFree: '0120-300-400',
    forwardTo: '03-5555-0202',
    coverage: EVERY_DAY.map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    holidayRule: HolidayRule.AS_USUAL,
    extraFields: [
      {
        key: 'category',
        label: '依頼内容',
        type: 'CHOICE',
        required: true,
        options: ['水漏れ', '電気設備', 'ガス設備', 'その他'],
      },
      {
        key: 'site_address',
        label: '現場住所',
        type: 'POSTAL_ADDRESS',
        required: true,
        helpText: '郵便番号から',
      },
      { key: 'preferred_time', label: '訪問希望日時', type: 'DATETIME', required: false },
    ],
    specialInstructions:
      '水漏れ・ガス臭は最優先。ガス臭の場合は火気厳禁を伝え、ガス会社へも連絡するよう案内する。',
    urgentKeywords: ['水漏れ', 'ガス臭', '漏電'],
    contractors: [
      {
        name: '東京水道工業株式会社',
        areas: [{ prefecture: '東京都', city: null }],
        categories: ['水漏れ', 'ガス設備'],
        channels: [
          { kind: 'FAX', address: '03-6555-0301', hours: null },
          { kind: 'EMAIL', address: 'dispatch@tokyo-suido.example', hours: null },
        ],
      },
      {
        name: '横浜設備メンテナンス株式会社',
        areas: [{ prefecture: '神奈川県', city: null }],
        categories: ['水漏れ', '電気設備'],
        channels: [
          { kind: 'FAX', address: '045-555-0302', hours: null },
          { kind: 'PHONE', address: '045-555-0303', hours: { start: '09:00', end: '18:00' } },
        ],
      },
      {
        name: '埼玉電気サービス有限会社',
        areas: [{ prefecture: '埼玉県', city: null }],
        categories: ['電気設備'],
        channels: [{ kind: 'EMAIL', address: 'order@saitama-denki.example', hours: null }],
      },
    ],
    faq: [
      [
        '水漏れしている場合はどうすればいいですか',
        '止水栓（元栓）を閉めてお待ちください。作業員を手配いたします。',
        ['水漏れ'],
      ],
      [
        '出張費はかかりますか',
        '出張費は3,300円（税込）です。作業料金は現地でお見積りします。',
        ['料金'],
      ],
      [
        'ブレーカーが何度も落ちる',
        '漏電の可能性があります。安全のため電気機器のプラグを抜いてお待ちください。',
        ['電気'],
      ],
      ['夜間でも来てもらえますか', '24時間受付しております。夜間は割増料金となります。', ['夜間']],
    ],
  },
  {
    name: 'さくら不動産株式会社',
    nameKana: 'サクラフドウサン',
    recordPrefix: 'SF',
    admin: { email: 'admin@client-c.example', name: '高橋 さくら' },
    planCode: 'START',
    intakeAddresses: [
      { address: 'sakura-fudosan@in.dengon.example', kind: 'EMAIL', label: '代表' },
    ],
    tollFree: '0800-100-2000',
    forwardTo: '045-555-0303',
    coverage: EVERY_DAY.map((weekday) => ({ weekday, start: '09:00', end: '20:00' })),
    holidayRule: HolidayRule.AS_USUAL,
    extraFields: [],
    specialInstructions: '物件名がわかれば聞き取る。',
    urgentKeywords: ['鍵', '閉じ込め'],
    faq: [],
    due: { kind: 'END_OF_NEXT_MONTH' },
  },
  {
    name: 'ネクスト通販株式会社',
    nameKana: 'ネクストツウハン',
    recordPrefix: 'NT',
    admin: { email: 'admin@client-d.example', name: '伊藤 翔' },
    planCode: 'NEXT',
    intakeAddresses: [
      { address: 'next-tsuhan@in.dengon.example', kind: 'EMAIL', label: 'お客様窓口' },
    ],
    mailHandlingOption: true,
    mailRouting: [
      { kind: 'SUBJECT_KEYWORD', pattern: '返品', department: '物流担当' },
      { kind: 'SUBJECT_KEYWORD', pattern: '請求', department: '経理担当' },
      { kind: 'VIP_DOMAIN', pattern: 'partner-shop.example', department: '' },
    ],
    tollFree: '0120-500-600',
    forwardTo: '06-5555-0404',
    coverage: [
      ...WEEKDAYS.map((weekday) => ({ weekday, start: '08:00', end: '22:00' })),
      { weekday: 6, start: '10:00', end: '17:00' },
    ],
    holidayRule: HolidayRule.SUNDAY_HOURS,
    extraFields: [
      {
        key: 'order_number',
        label: 'ご注文番号',
        type: 'TEXT',
        required: false,
        helpText: '8桁の数字',
      },
    ],
    specialInstructions: '返品・交換は注文番号を必ず確認する。',
    urgentKeywords: ['返金', '届かない'],
    faq: [
      [
        '注文をキャンセルしたい',
        '発送前であればキャンセルできます。ご注文番号を伺います。',
        ['キャンセル'],
      ],
      ['商品が届かない', 'ご注文番号を伺い、配送状況を確認して折り返します。', ['配送']],
      ['返品はできますか', '到着後8日以内、未使用品に限り承ります。', ['返品']],
      ['支払い方法は', 'クレジットカード、代金引換、コンビニ払いがご利用いただけます。', ['支払']],
      ['領収書がほしい', 'マイページからダウンロードいただけます。', ['領収書']],
    ],
  },
];

/** Replies to mail every demo client has; the auto-acknowledgment is sent for clients with mail handling bought. */
const DEMO_REPLY_TEMPLATES = [
  {
    name: '受付のご連絡（自動）',
    subject: '【{会社名}】お問い合わせを受け付けました（{受付番号}）',
    body: '{お名前}様\n\nお問い合わせありがとうございます。{会社名}です。\n受付番号 {受付番号} にて承りました。担当者より営業時間内（{営業時間}）にご連絡いたします。\n\n※このメールは自動で送信しています。',
    autoReply: true,
  },
  {
    name: '折り返しのご案内',
    subject: '',
    body: '{お名前}様\n\nお問い合わせありがとうございます。{会社名}でございます。\nご連絡の件、受付番号 {受付番号} にて承りました。担当者より営業時間内（{営業時間}）に折り返しご連絡いたします。\n\n今後ともよろしくお願いいたします。',
    autoReply: false,
  },
];

/** The service's own lines: direct numbers (IDs) and representative numbers (seed 001). */
const OWN_LINES = [
  ...['03-6800-0001', '03-6800-0002', '03-6800-0003', '03-6800-0004'].map((n) => ({
    number: n,
    kind: 'DIRECT' as const,
  })),
  { number: '03-6800-0100', kind: 'REPRESENTATIVE' as const },
  { number: '050-3100-0100', kind: 'REPRESENTATIVE' as const },
];

export const e164 = (n: string) => {
  const parsed = parseJapanesePhone(n);
  if (!parsed.ok) throw new Error(`demo number ${n}: ${parsed.refused.message}`);
  return parsed.e164;
};

/**
 * The demo data set for `npm start`, written on the first run only (when no
 * user exists yet), in one transaction: staff, four clients on Start,
 * Standard, Next and maintenance-linked plans, each with an active toll-free
 * number, a published script and (where the plan allows) FAQ items.
 */
export async function seedDemo(dataSource: DataSource, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (em) => {
    if ((await em.count(User)) > 0) return false;
    const staff = [];
    for (const { groups, ...user } of DEMO_STAFF)
      staff.push({
        groups: groups as readonly string[],
        user: await em.save(em.create(User, { ...user, clientCompanyId: null, passwordHash })),
      });
    for (const line of OWN_LINES) {
      await em.save(
        em.create(PhoneNumber, {
          e164: e164(line.number),
          kind: line.kind,
          status: 'ACTIVE',
          clientCompanyId: null,
          activatedAt: new Date(),
        }),
      );
    }
    const companies = [];
    for (const client of DEMO_CLIENTS)
      companies.push({ planCode: client.planCode, id: await seedClient(em, client, passwordHash) });
    for (const { name, planCodes } of DEMO_GROUPS) {
      const group = await em.save(em.create(ClientGroup, { name }));
      const members = companies.filter((c) =>
        (planCodes as readonly string[]).includes(c.planCode),
      );
      await em.insert(
        ClientGroupMember,
        members.map((c) => ({ groupId: group.id, clientCompanyId: c.id })),
      );
      const trained = staff.filter((s) => s.groups.includes(name));
      if (trained.length)
        await em.insert(
          OperatorSkill,
          trained.map((s) => ({ groupId: group.id, userId: s.user.id })),
        );
    }
    return true;
  });
}

async function seedClient(
  em: EntityManager,
  client: DemoClient,
  passwordHash: string,
): Promise<string> {
  // Clients since four months ago, so the demo has billing history to show.
  const startDate = `${shiftBillingMonth(tokyoDate(new Date()).slice(0, 7), -4)}-01`;
  const company = await em.save(
    em.create(ClientCompany, {
      name: client.name,
      nameKana: client.nameKana,
      recordPrefix: client.recordPrefix,
      status: ClientStatus.ACTIVE,
      invoiceRecipientName: client.name,
      billingEmail: client.admin.email,
      reportMethod: ReportMethod.EMAIL,
      reportEmail: client.admin.email,
      escalationContacts: [
        { name: client.admin.name, phone: e164(client.forwardTo), note: '緊急時' },
      ],
    }),
  );
  await em.save(
    em.create(User, {
      ...client.admin,
      role: Role.ClientAdmin,
      clientCompanyId: company.id,
      passwordHash,
    }),
  );
  const contract = await em.save(
    em.create(Contract, {
      billingTerms: { ...DEFAULT_BILLING_TERMS, due: client.due ?? DEFAULT_BILLING_TERMS.due },
      clientCompanyId: company.id,
      startDate,
      holidayRule: client.holidayRule,
      coverageWindows: client.coverage,
      recordCalls: client.recordCalls ?? false,
      recordingsInPortal: client.recordCalls ?? false,
    }),
  );
  await em.save(
    em.create(ContractPlanTerm, {
      contractId: contract.id,
      clientCompanyId: company.id,
      planCode: client.planCode,
      effectiveFrom: startDate,
    }),
  );
  const number = await em.save(
    em.create(PhoneNumber, {
      e164: e164(client.tollFree),
      kind: 'TOLL_FREE',
      status: 'ACTIVE',
      clientCompanyId: company.id,
      forwardToE164: e164(client.forwardTo),
      label: '代表フリーダイヤル',
      activatedAt: new Date(),
    }),
  );
  await em.save(
    em.create(ContractOption, {
      contractId: contract.id,
      clientCompanyId: company.id,
      kind: OptionKind.TOLL_FREE_NUMBER,
      description: `着信課金番号 ${client.tollFree}`,
      monthlyFee: TOLL_FREE_NUMBER_FEE,
      phoneNumberId: number.id,
      startDate,
    }),
  );
  if (client.mailHandlingOption)
    await em.save(
      em.create(ContractOption, {
        contractId: contract.id,
        clientCompanyId: company.id,
        kind: OptionKind.MAIL_HANDLING,
        description: 'メール対応',
        monthlyFee: 10_000,
        startDate,
      }),
    );
  await em.save(
    DEMO_REPLY_TEMPLATES.map((template) =>
      em.create(ReplyTemplate, {
        ...template,
        autoReply: template.autoReply && client.mailHandlingOption === true,
        clientCompanyId: company.id,
      }),
    ),
  );
  await em.save(
    client.intakeAddresses.map((a) =>
      em.create(InboundAddress, { ...a, clientCompanyId: company.id }),
    ),
  );
  await em.save(
    (client.mailRouting ?? []).map((rule) =>
      em.create(MailRoutingRule, { ...rule, clientCompanyId: company.id }),
    ),
  );
  const content = {
    greeting: '{挨拶}、{会社名}でございます。',
    fields: [...BASIC_INTAKE_FIELDS, ...client.extraFields].map((f) => ({
      ...f,
      helpText: f.helpText ?? null,
      options: f.options ? [...f.options] : null,
    })),
    specialInstructions: client.specialInstructions,
    urgentKeywords: client.urgentKeywords,
    closingPhrase: 'お電話ありがとうございました。担当者より折り返しご連絡いたします。',
  };
  await em.save(
    em.create(Script, { clientCompanyId: company.id, draft: content, publishedVersionNo: 1 }),
  );
  await em.save(
    em.create(ScriptVersion, {
      ...content,
      clientCompanyId: company.id,
      versionNo: 1,
      publishedBy: null,
    }),
  );
  for (const [priority, contractor] of (client.contractors ?? []).entries()) {
    const checked = checkContractor(contractor);
    if (checked.problems.length)
      throw new Error(`demo contractor ${contractor.name}: ${JSON.stringify(checked.problems)}`);
    await em.save(
      em.create(Contractor, {
        ...contractor,
        channels: checked.channels,
        clientCompanyId: company.id,
        priority,
        active: true,
        note: '',
      }),
    );
  }
  for (const [i, [question, answer, tags]] of client.faq.entries()) {
    const item = em.create(FaqItem, {
      clientCompanyId: company.id,
      question,
      answer,
      tags,
      sortOrder: i,
      enabled: true,
    });
    indexForSearch(item);
    await em.save(item);
  }
  return company.id;
}

export const demoLogins = () => [
  ...DEMO_STAFF.map((u) => ({ email: u.email, role: u.role, app: '/console/' })),
  ...DEMO_CLIENTS.map((c) => ({ email: c.admin.email, role: Role.ClientAdmin, app: '/portal/' })),
];
