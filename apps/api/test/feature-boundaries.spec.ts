import { type Rule, RuleTester } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rule = jest.requireActual<Rule.RuleModule>('../../../tools/eslint/feature-boundaries.cjs');

// Two capabilities and a kernel folder, as apps/api/src lays them out.
const root = mkdtempSync(join(tmpdir(), 'dengon-boundaries-'));
mkdirSync(join(root, 'calls'));
mkdirSync(join(root, 'telephony', 'media'), { recursive: true });
writeFileSync(
  join(root, 'calls', 'index.ts'),
  "export * from './calls.module';\nexport { IntakeService } from './intake.service';\n",
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = [{ root, features: ['calls', 'telephony'] }];
const inTelephony = join(root, 'telephony', 'call-routing.service.ts');

new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } }).run(
  'feature-boundaries',
  rule,
  {
    valid: [
      // What the owner lists, imported file by file.
      { code: "import { IntakeService } from '../calls/intake.service';", filename: inTelephony },
      { code: "import { CallsModule } from '../calls/calls.module';", filename: inTelephony },
      // Its own files, the kernel and packages are not this rule's business.
      { code: "import { CallSession } from './call-session.entity';", filename: inTelephony },
      { code: "import { Db } from '../database/db.service';", filename: inTelephony },
      { code: "import { Injectable } from '@nestjs/common';", filename: inTelephony },
      // The composition root (a file outside every capability) may import anything.
      {
        code: "import { IntakeResolver } from './calls/intake.resolver';",
        filename: join(root, 'app.module.ts'),
      },
    ].map((test) => ({ ...test, options })),
    invalid: [
      {
        code: "import { IntakeResolver } from '../calls/intake.resolver';",
        filename: inTelephony,
        errors: [{ messageId: 'internal' }],
      },
      {
        // From a subfolder, and re-exported rather than imported.
        code: "export { IntakeResolver } from '../../calls/intake.resolver';",
        filename: join(root, 'telephony', 'media', 'edge.ts'),
        errors: [{ messageId: 'internal' }],
      },
      {
        code: "export * from '../calls/intake.loaders';",
        filename: inTelephony,
        errors: [{ messageId: 'internal' }],
      },
      {
        // The index itself would tie the two capabilities' loading together.
        code: "import { CallsModule } from '../calls';",
        filename: inTelephony,
        errors: [{ messageId: 'index' }],
      },
      {
        // A capability without an index lists nothing.
        code: "import { TwilioRest } from '../telephony/twilio-rest';",
        filename: join(root, 'calls', 'intake.service.ts'),
        errors: [{ messageId: 'internal' }],
      },
    ].map((test) => ({ ...test, options })),
  },
);
