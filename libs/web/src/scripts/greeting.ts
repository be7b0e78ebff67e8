import { timeOfDayGreeting as greetingAt } from '@dengon/domain';
import { tokyoHour } from '../format/format';

export { GREETING_VARIABLES, type GreetingVariable, renderGreeting } from '@dengon/domain';

/** The time-of-day greeting for now in Tokyo, as the operator's screen shows it. */
export const timeOfDayGreeting = (hour: number = tokyoHour()): string => greetingAt(hour);
