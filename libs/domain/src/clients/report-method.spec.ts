import { reportRouteNow, reportSettingsProblems } from './report-method';

describe('report settings', () => {
  const none = { reportEmail: null, reportFax: null, digestTime: null };

  it('needs an address for e-mail and a number for fax', () => {
    expect(reportSettingsProblems({ ...none, reportMethod: 'EMAIL' })).toEqual([
      {
        field: 'reportEmail',
        rule: 'requiredForReportMethod',
        args: { method: 'EMAIL' },
        message: 'is required when reports go by EMAIL',
      },
    ]);
    expect(reportSettingsProblems({ ...none, reportMethod: 'FAX' })).toEqual([
      {
        field: 'reportFax',
        rule: 'requiredForReportMethod',
        args: { method: 'FAX' },
        message: 'is required when reports go by FAX',
      },
    ]);
    expect(
      reportSettingsProblems({ ...none, reportMethod: 'FAX', reportFax: '+81312345678' }),
    ).toEqual([]);
  });

  it('needs an address and a time for the daily digest', () => {
    expect(
      reportSettingsProblems({ ...none, reportMethod: 'DAILY_DIGEST' }).map((p) => p.field),
    ).toEqual(['reportEmail', 'digestTime']);
  });
});

describe('where a report goes at once', () => {
  const to = { reportEmail: 'info@client.example', reportFax: '+81312345678' };
  it.each([
    ['EMAIL', false, { channel: 'EMAIL', recipient: 'info@client.example' }],
    ['EMAIL', true, { channel: 'EMAIL', recipient: 'info@client.example' }],
    ['FAX', false, { channel: 'FAX', recipient: '+81312345678' }],
    ['FAX', true, { channel: 'FAX', recipient: '+81312345678' }],
    ['DAILY_DIGEST', false, null],
    ['DAILY_DIGEST', true, { channel: 'EMAIL', recipient: 'info@client.example' }],
  ] as const)('%s, urgent %s → %j', (reportMethod, urgent, route) => {
    expect(reportRouteNow({ ...to, reportMethod }, urgent)).toEqual(route);
  });

  it('goes nowhere without the address or number the way needs', () => {
    const none = { reportEmail: null, reportFax: null };
    expect(reportRouteNow({ ...none, reportMethod: 'EMAIL' }, true)).toBeNull();
    expect(reportRouteNow({ ...none, reportMethod: 'FAX' }, false)).toBeNull();
    expect(reportRouteNow({ ...none, reportMethod: 'DAILY_DIGEST' }, true)).toBeNull();
    // A fax client without a number is not e-mailed instead, unless the intake is urgent.
    expect(reportRouteNow({ ...to, reportFax: null, reportMethod: 'FAX' }, false)).toBeNull();
    expect(reportRouteNow({ ...to, reportFax: null, reportMethod: 'FAX' }, true)).toEqual({
      channel: 'EMAIL',
      recipient: 'info@client.example',
    });
  });
});
