import { representativeNumberProblem } from './lines';

describe("the service's own lines", () => {
  it('allows up to 3 representative numbers within the number of IDs', () => {
    expect(representativeNumberProblem(3, 5, null)).toBeNull();
  });

  it('refuses more representative numbers than IDs', () => {
    expect(representativeNumberProblem(3, 2, 'approved')).toEqual({
      field: 'kind',
      rule: 'representativeOverDirect',
      args: { representative: 3, direct: 2 },
      message: 'representative numbers (3) cannot exceed direct numbers (IDs: 2)',
    });
  });

  it('needs an approval note beyond 3', () => {
    expect(representativeNumberProblem(4, 5, null)).toEqual({
      field: 'approvalNote',
      rule: 'approvalNoteRequired',
      args: { limit: 3 },
      message: 'more than 3 representative numbers need an approval note stating the purpose',
    });
    expect(representativeNumberProblem(4, 5, '  ')).not.toBeNull();
    expect(representativeNumberProblem(4, 5, 'サポート窓口用')).toBeNull();
  });
});
