import { tokyoHour } from '../format/format';

/**
 * The greeting's variables and how an operator's screen fills them in.
 * Mirrors libs/domain (scripts/greeting.ts), which the front ends cannot
 * import yet; the API refuses unknown variables when the draft is saved.
 */
export const GREETING_VARIABLES = ['会社名', '挨拶', 'オペレーター名'] as const;
export type GreetingVariable = (typeof GREETING_VARIABLES)[number];

/** おはようございます before 11:00 in Tokyo, else the all-day phrase. */
export function timeOfDayGreeting(hour: number = tokyoHour()): string {
  return hour >= 5 && hour < 11 ? 'おはようございます' : 'お電話ありがとうございます';
}

export function renderGreeting(template: string, values: Record<GreetingVariable, string>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    name in values ? values[name as GreetingVariable] : whole,
  );
}
