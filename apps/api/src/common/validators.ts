import { applyDecorators } from '@nestjs/common';
import { isCalendarDate } from '@dengon/domain';
import { IsInt, Max, Min, ValidateBy } from 'class-validator';

/** A calendar date 'YYYY-MM-DD' that exists (dates are Asia/Tokyo days). */
export const IsDateOnly = () =>
  ValidateBy({
    name: 'isDateOnly',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'must be a date YYYY-MM-DD',
    },
  });

/** A time of day 'HH:MM'. */
export const IsTimeOfDay = () =>
  ValidateBy({
    name: 'isTimeOfDay',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
      defaultMessage: () => 'must be a time HH:MM',
    },
  });

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
