import { applyDecorators } from '@nestjs/common';
import { isCalendarDate } from '@dengon/domain';
import { IsInt, Matches, Max, Min, ValidateBy } from 'class-validator';

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
  Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time HH:MM' });

/** Integer yen, zero or more. */
export const IsYen = () =>
  applyDecorators(
    IsInt({ message: 'must be whole yen' }),
    Min(0, { message: 'cannot be negative' }),
    Max(100_000_000, { message: 'is implausibly large' }),
  );
