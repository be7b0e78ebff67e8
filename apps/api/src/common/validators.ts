import { applyDecorators } from '@nestjs/common';
import { FIELD_RULES, type FieldRule, isBillingMonth, isCalendarDate } from '@dengon/domain';
import { IsInt, Max, Min, ValidateBy } from 'class-validator';

/**
 * A text refused by a rule of Dengon's own (FIELD_RULES, one whose sentence
 * names no args): the refusal names the rule, so the screens say it in
 * Japanese, and its English is the rule's.
 */
const textRule = (rule: FieldRule, accepts: (text: string) => boolean) =>
  ValidateBy({
    name: rule,
    validator: {
      validate: (value: unknown) => typeof value === 'string' && accepts(value),
      defaultMessage: () => FIELD_RULES[rule],
    },
  });

/** A calendar date 'YYYY-MM-DD' that exists (dates are Asia/Tokyo days). */
export const IsDateOnly = () => textRule('isDateOnly', isCalendarDate);

/** A time of day 'HH:MM'. */
export const IsTimeOfDay = () =>
  textRule('isTimeOfDay', (text) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text));

/** A billing month 'YYYY-MM'. */
export const IsBillingMonth = () => textRule('isBillingMonth', isBillingMonth);

/** A text of the pattern, refused by the rule that says what the pattern is. */
export const MatchesRule = (rule: FieldRule, pattern: RegExp) =>
  textRule(rule, (text) => pattern.test(text));

/** The one upper limit every money input shares: 1億円, far above any answering-service bill. */
export const MAX_YEN = 100_000_000;

/**
 * Integer yen up to MAX_YEN: zero or more by default, at least `min` where a
 * positive amount is required, down to −MAX_YEN where a credit is negative.
 */
export const IsYen = (min = 0) =>
  applyDecorators(
    IsInt({ message: 'must be whole yen' }),
    Min(min, {
      message:
        min === 0 ? 'cannot be negative' : `must be at least ${min.toLocaleString('en')} yen`,
    }),
    Max(MAX_YEN, { message: `must be at most ${MAX_YEN.toLocaleString('en')} yen` }),
  );
