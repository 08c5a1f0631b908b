import { BONUS_VOCABULARY } from '../rubricVocabulary';

/** True when the text marks a bonus (加分项, 加满为止, 最多可加…). */
export function isBonusText(text: string): boolean {
  return BONUS_VOCABULARY.markers.some((word) => text.includes(word));
}

/** The cap a sentence states: `最多可加3分` → 3. */
export function bonusCapInText(text: string): number | undefined {
  for (const pattern of BONUS_VOCABULARY.caps) {
    const m = pattern.exec(text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Points per counted honour: `小区获得市级以上荣誉每项加0.5分，获得市厅级以上荣誉每项加1分`
 * → `[{ label: '市级以上荣誉', points: 0.5 }, { label: '市厅级以上荣誉', points: 1 }]`.
 */
export function bonusIncrements(text: string): { label: string; points: number }[] {
  const found: { label: string; points: number }[] = [];
  for (const m of text.matchAll(BONUS_VOCABULARY.increment)) {
    let label = m[1].trim();
    for (const prefix of BONUS_VOCABULARY.labelPrefixes) {
      const at = label.indexOf(prefix);
      if (at >= 0) label = label.slice(at + prefix.length);
    }
    label = label.replace(/^\d+\s*[.、]\s*/, '').trim();
    found.push({ label: label || `第${found.length + 1}类`, points: Number(m[2]) });
  }
  return found;
}
