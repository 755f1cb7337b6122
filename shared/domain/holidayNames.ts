import chineseDays from 'chinese-days/dist/chinese-days.json'

const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> }

/** The Chinese name of a shipped holiday or make-up day ('Spring Festival,春节,4' → '春节'). */
export function holidayName(day: string): string | undefined {
  const raw = data.holidays[day] ?? data.workdays[day]
  return raw?.split(',')[1]
}
