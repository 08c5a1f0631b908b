import type { RubricPart } from '../rubric';
import { ROW_VOCABULARY } from '../rubricVocabulary';
import { optionsInText } from './parseOptions';
import { addPoints, pointsInText } from './parsePoints';

/** The criterion before its notes (`注：…`), which explain but do not score. */
export function scoringText(text: string): string {
  const at = text.search(ROW_VOCABULARY.note);
  return at < 0 ? text : text.slice(0, at);
}

/** Splits `①…②…③…` into labelled segments; text before the first marker is an unlabelled segment. */
function segments(text: string): { label?: string; text: string }[] {
  const markers = ROW_VOCABULARY.circled;
  const found: { label?: string; text: string }[] = [];
  let current: { label?: string; text: string } = { text: '' };
  for (const ch of text) {
    if (markers.includes(ch)) {
      found.push(current);
      current = { label: ch, text: '' };
    } else current.text += ch;
  }
  found.push(current);
  return found.filter((s) => s.text.trim() !== '');
}

/**
 * How an item's score is entered. Plain items get one `points` part whose max
 * is the sum of their `（n分）`. When any `①②③` segment offers options
 * (seed 001 item 8: `“按规定组织”得5分…`), each segment becomes a part of its own:
 * options where it offers them, points where it states them.
 */
export function itemParts(text: string): RubricPart[] {
  const body = scoringText(text);
  const parts = segments(body).map((segment): RubricPart | undefined => {
    const options = optionsInText(segment.text);
    if (options.length >= 2) {
      return { kind: 'options', ...(segment.label ? { label: segment.label } : {}), options, max: Math.max(...options.map((o) => o.points)) };
    }
    const points = pointsInText(segment.text);
    return points.length > 0 ? { kind: 'points', ...(segment.label ? { label: segment.label } : {}), max: addPoints(points) } : undefined;
  });
  if (parts.some((p) => p?.kind === 'options')) return parts.filter((p): p is RubricPart => p !== undefined);
  const points = pointsInText(body);
  return [{ kind: 'points', max: points.length > 0 ? addPoints(points) : undefined }];
}
