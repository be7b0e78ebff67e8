import { timeOfDayGreeting as greetingAt, tokyoHour } from '@dengon/domain';

export { GREETING_VARIABLES, type GreetingVariable, renderGreeting } from '@dengon/domain';

/** The time-of-day greeting for now in Tokyo, as the operator's screen shows it. */
export const timeOfDayGreeting = (hour: number = tokyoHour(new Date())): string => greetingAt(hour);
