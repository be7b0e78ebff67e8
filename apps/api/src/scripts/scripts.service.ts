import {
  BASIC_INTAKE_FIELDS,
  fieldProblem,
  intakeFieldProblems,
  type ScriptVariant,
  unknownGreetingVariables,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { companyInScope } from '../common/company-scope';
import { badField, badInput, checkVersion, type FieldProblem } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { planToday } from '../contracts/plan-today';
import { Db } from '../database/db.service';
import { Script, type ScriptContent, ScriptVersion } from './script.entity';
import type { PublishScriptInput, SaveScriptDraftInput } from './script.inputs';

export const EMPTY_SCRIPT: ScriptContent = {
  greeting: 'はい、{会社名}でございます。',
  fields: BASIC_INTAKE_FIELDS.map((f) => ({ ...f, helpText: null, options: null })),
  specialInstructions: '',
  urgentKeywords: [],
  closingPhrase: 'お電話ありがとうございました。担当者より折り返しご連絡いたします。',
};

/**
 * Scripts (マニュアル): editing changes the draft; publishing freezes it as
 * a new immutable version, which every later call records.
 */
@Injectable()
export class ScriptsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** One of the client's scripts with its draft; one not begun yet is the starting draft, version 0. */
  async get(
    ctx: RequestContext,
    clientCompanyId: string,
    variant: ScriptVariant = 'DEFAULT',
  ): Promise<Script> {
    const existing = await this.db.transaction(ctx, (em) =>
      em.findOneBy(Script, { clientCompanyId, variant }),
    );
    return (
      existing ??
      Object.assign(new Script(), {
        id: '',
        clientCompanyId,
        variant,
        draft: EMPTY_SCRIPT,
        publishedVersionNo: null,
        version: 0,
      })
    );
  }

  /** The latest published version of a script; client users get their own company's only. */
  async published(
    ctx: RequestContext,
    clientCompanyId: string | undefined,
    variant: ScriptVariant = 'DEFAULT',
  ): Promise<ScriptVersion | null> {
    const companyId = companyInScope(ctx, clientCompanyId);
    if (!companyId) return null;
    return this.db.transaction(ctx, (em) =>
      em.findOne(ScriptVersion, {
        where: { clientCompanyId: companyId, variant },
        order: { versionNo: 'DESC' },
      }),
    );
  }

  versions(
    ctx: RequestContext,
    clientCompanyId: string,
    variant: ScriptVariant = 'DEFAULT',
  ): Promise<ScriptVersion[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(ScriptVersion, {
        where: { clientCompanyId, variant },
        order: { versionNo: 'DESC' },
      }),
    );
  }

  saveDraft(ctx: RequestContext, input: SaveScriptDraftInput): Promise<Script> {
    return this.db.transaction(ctx, (em) =>
      this.reviseDraft(em, ctx, input.clientCompanyId, () => input.content, {
        variant: input.variant,
        version: input.version,
        prefix: 'content.',
      }),
    );
  }

  /**
   * Replaces the client's draft with what `revise` makes of it (of the
   * starting draft when there is none yet), refused if the plan does not
   * allow it. `version` is the draft version an editor read; an approved
   * change request revises whatever the draft is now.
   */
  async reviseDraft(
    em: EntityManager,
    ctx: RequestContext,
    clientCompanyId: string,
    revise: (draft: ScriptContent) => ScriptContent,
    {
      variant = 'DEFAULT',
      version,
      prefix,
    }: { variant?: ScriptVariant; version?: number; prefix: string },
  ): Promise<Script> {
    let script = await em.findOne(Script, {
      where: { clientCompanyId, variant },
      lock: { mode: 'pessimistic_write' },
    });
    if (version !== undefined) checkVersion('The script', script?.version ?? 0, version);
    const content = revise(script?.draft ?? EMPTY_SCRIPT);
    await this.check(em, clientCompanyId, content, prefix);
    script ??= em.create(Script, { clientCompanyId, variant, publishedVersionNo: null });
    script.draft = {
      ...content,
      fields: content.fields.map((f) => ({
        ...f,
        helpText: f.helpText ?? null,
        options: f.options ?? null,
      })),
    };
    await em.save(script);
    await this.audit.record(em, ctx, {
      action: 'script.draft_saved',
      entityType: 'Script',
      entityId: script.id,
      clientCompanyId: script.clientCompanyId,
      after: { variant, version: script.version },
    });
    return script;
  }

  publish(ctx: RequestContext, input: PublishScriptInput): Promise<ScriptVersion> {
    return this.db.transaction(ctx, async (em) => {
      const script = await em.findOne(Script, {
        where: { clientCompanyId: input.clientCompanyId, variant: input.variant },
        lock: { mode: 'pessimistic_write' },
      });
      if (!script) throw badField('variant', 'noDraft');
      checkVersion('The draft', script.version, input.version);
      // The plan may have changed since the draft was saved.
      await this.check(em, script.clientCompanyId, script.draft, 'draft.');
      const versionNo = (script.publishedVersionNo ?? 0) + 1;
      const version = await em.save(
        em.create(ScriptVersion, {
          ...script.draft,
          clientCompanyId: script.clientCompanyId,
          variant: script.variant,
          versionNo,
          publishedBy: ctx.user?.id ?? null,
        }),
      );
      // Publishing leaves the draft as it was, so its version (what editors hold) stays too.
      await em.query('UPDATE scripts SET published_version_no = $1 WHERE id = $2', [
        versionNo,
        script.id,
      ]);
      await this.audit.record(em, ctx, {
        action: 'script.published',
        entityType: 'Script',
        entityId: script.id,
        clientCompanyId: script.clientCompanyId,
        after: {
          variant: script.variant,
          versionNo,
          fields: script.draft.fields.map((f) => f.key),
        },
      });
      return version;
    });
  }

  /** Refuses content the client's plan does not allow, naming each field. */
  private async check(
    em: EntityManager,
    clientCompanyId: string,
    content: ScriptContent,
    prefix: string,
  ): Promise<void> {
    const { plan, extraFieldsOption } = await planToday(em, clientCompanyId);
    const problems: FieldProblem[] = unknownGreetingVariables(content.greeting).map((name) =>
      fieldProblem(`${prefix}greeting`, 'unknownGreetingVariable', { variable: `{${name}}` }),
    );
    const allowed = plan.extraFieldsAllowed || extraFieldsOption;
    problems.push(
      ...intakeFieldProblems(content.fields, allowed, plan.nameJa).map((p) => ({
        ...p,
        field: prefix + p.field,
      })),
    );
    if (problems.length) throw badInput(problems);
  }
}
