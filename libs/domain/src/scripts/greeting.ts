import { renderVariables, unknownVariables } from '../text/variables';

/**
 * The greeting an operator reads (応答文言), with variables in braces, e.g.
 * 「{挨拶}、{会社名}でございます」. Unknown variables are refused when the
 * script is saved, so an operator never reads a raw brace aloud.
 */
export const GREETING_VARIABLES = ['会社名', '挨拶', 'オペレーター名'] as const;
export type GreetingVariable = (typeof GREETING_VARIABLES)[number];

export function unknownGreetingVariables(template: string): string[] {
  return unknownVariables(template, GREETING_VARIABLES);
}

/** おはようございます before 11:00 in Tokyo, else the all-day phrase. */
export function timeOfDayGreeting(tokyoHour: number): string {
  return tokyoHour >= 5 && tokyoHour < 11 ? 'おはようございます' : 'お電話ありがとうございます';
}

export function renderGreeting(template: string, values: Record<GreetingVariable, string>): string {
  return renderVariables(template, values);
}
