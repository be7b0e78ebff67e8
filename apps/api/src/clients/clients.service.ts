import {
  closedDaysProblems,
  fieldProblem,
  isKatakanaReading,
  nightHoursProblems,
  parseJapanesePhone,
  reportSettingsProblems,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badField, badInput, checkVersion, type FieldProblem, notFound } from '../common/errors';
import { companyInScope } from '../common/company-scope';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { ClientCompany, ClientStatus, ReportMethod } from './client-company.entity';
import type {
  CompanySettingsInput,
  CreateClientCompanyInput,
  UpdateClientCompanyInput,
} from './client.inputs';

type Details = Omit<UpdateClientCompanyInput, 'id' | 'version'>;

const summary = (c: ClientCompany) => ({
  recordPrefix: c.recordPrefix,
  name: c.name,
  status: c.status,
  reportMethod: c.reportMethod,
  reportEmail: c.reportEmail,
  reportFax: c.reportFax,
  digestTime: c.digestTime,
  escalationContacts: c.escalationContacts.map((contact) => contact.name),
  nightHours: c.nightHours,
  closedDays: c.closedDays,
});

/** Client companies: back office keeps them; everyone else reads what they may. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, status?: ClientStatus): Promise<ClientCompany[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(ClientCompany, { where: status ? { status } : {}, order: { nameKana: 'ASC' } }),
    );
  }

  async get(ctx: RequestContext, id: string | undefined): Promise<ClientCompany | null> {
    const companyId = companyInScope(ctx, id);
    return companyId
      ? this.db.transaction(ctx, (em) => em.findOneBy(ClientCompany, { id: companyId }))
      : null;
  }

  create(ctx: RequestContext, input: CreateClientCompanyInput): Promise<ClientCompany> {
    const company = Object.assign(new ClientCompany(), {
      status: ClientStatus.TRIAL,
      reportMethod: ReportMethod.EMAIL,
      escalationContacts: [],
      closedDays: [],
    });
    const { recordPrefix, ...details } = input;
    applyDetails(company, details);
    return this.db.transaction(ctx, async (em) => {
      company.recordPrefix =
        recordPrefix ?? (await em.query<{ p: string }[]>('SELECT next_record_prefix() AS p'))[0]!.p;
      await saveNamed(em, company);
      await this.audit.record(em, ctx, {
        action: 'client.created',
        entityType: 'ClientCompany',
        entityId: company.id,
        clientCompanyId: company.id,
        after: summary(company),
      });
      return company;
    });
  }

  update(ctx: RequestContext, input: UpdateClientCompanyInput): Promise<ClientCompany> {
    return this.db.transaction(ctx, (em) => this.updateIn(em, ctx, input));
  }

  /** What a client's admin keeps themselves (report destinations, emergency contacts), audited as any change. */
  updateSettings(ctx: RequestContext, input: CompanySettingsInput): Promise<ClientCompany> {
    const { clientCompanyId, ...settings } = input;
    // Another company than a client admin's own is, to them, no company at all.
    const id = companyInScope(ctx, clientCompanyId);
    if (!id) throw notFound('Client company');
    return this.db.transaction(ctx, (em) => this.updateIn(em, ctx, { id, ...settings }));
  }

  /** Updates a client within a unit of work that may do more, e.g. approving a change request. */
  async updateIn(
    em: EntityManager,
    ctx: RequestContext,
    input: UpdateClientCompanyInput,
  ): Promise<ClientCompany> {
    const company = await em.findOne(ClientCompany, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!company) throw notFound('Client company');
    checkVersion('Client company', company.version, input.version);
    const before = summary(company);
    const { id: _id, version: _version, ...details } = input;
    applyDetails(company, details);
    await em.save(company);
    await this.audit.record(em, ctx, {
      action: 'client.updated',
      entityType: 'ClientCompany',
      entityId: company.id,
      clientCompanyId: company.id,
      before,
      after: summary(company),
    });
    return company;
  }
}

/** Applies the given details, normalising numbers and codes, and refuses the whole change on any problem. */
function applyDetails(company: ClientCompany, input: Details): void {
  const problems: FieldProblem[] = [];
  const { escalationContacts, reportFax, postalCode, nightHours, closedDays, ...plain } = input;
  Object.assign(
    company,
    Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)),
  );
  if (input.nameKana !== undefined && !isKatakanaReading(input.nameKana)) {
    problems.push(fieldProblem('nameKana', 'isKatakana'));
  }
  if (postalCode !== undefined)
    company.postalCode = postalCode ? postalCode.replace(/^(\d{3})-?(\d{4})$/, '$1-$2') : null;
  if (reportFax !== undefined) {
    const fax = reportFax ? parseJapanesePhone(reportFax) : null;
    if (fax && !fax.ok) problems.push({ field: 'reportFax', ...fax.refused });
    company.reportFax = fax?.ok ? fax.e164 : null;
  }
  if (escalationContacts !== undefined) {
    company.escalationContacts = escalationContacts.map((c, i) => {
      const phone = parseJapanesePhone(c.phone);
      if (!phone.ok) problems.push({ field: `escalationContacts[${i}].phone`, ...phone.refused });
      return { name: c.name, phone: phone.ok ? phone.e164 : c.phone, note: c.note ?? null };
    });
  }
  if (nightHours !== undefined) {
    if (nightHours) problems.push(...nightHoursProblems(nightHours));
    company.nightFrom = nightHours?.from ?? null;
    company.nightUntil = nightHours?.until ?? null;
  }
  if (closedDays !== undefined) {
    problems.push(...closedDaysProblems(closedDays));
    company.closedDays = [...closedDays]
      .map(({ from, until, reason }) => ({ from, until, reason: reason.trim() }))
      .sort((a, b) => a.from.localeCompare(b.from));
  }
  problems.push(...reportSettingsProblems(company));
  if (problems.length) throw badInput(problems);
}

/** Saves a new client; a record prefix another client has is refused by its field. */
async function saveNamed(em: EntityManager, company: ClientCompany): Promise<void> {
  try {
    await em.save(company);
  } catch (error) {
    if (
      error instanceof QueryFailedError &&
      (error.driverError as { constraint?: string }).constraint ===
        'client_companies_record_prefix_key'
    )
      throw badField('recordPrefix', 'alreadyInUse');
    throw error;
  }
}
