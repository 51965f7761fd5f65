// A projectile met by the side it was fired at (forty-seventh pass, assault47): `تصدت الدفاعات الجوية
// السورية لصاروخين إسرائيليين`، `أسقطت الدفاعات … صواريخ أمريكية`. The rows of downing and meeting with a
// projectile as their need (lexicons/triggers.tsv, carrier `received`) make the side whose missiles or
// strikes were met the attacker and the subject, its air defence, the side attacked: the gold counts
// missiles shot down during an attack as part of that attack (docs/gold-format.md). The projectile must be
// the verb's object, not a word inside it: `دمرت الطائرات مخازن صواريخ سورية` destroyed depots, and
// `أسقطت مقاتلة بصاروخ` names the weapon that did the downing.
import type { Token } from "../pipeline/types.ts";
import type { Trigger } from "./triggers.ts";

/** A nisba adjective ends the verb's subject (`الجوية السورية`): its key ends in ي، يه، يين or يون. */
const NISBA_END = /(?:ي|يه|يين|يون)$/u;

/** A count written in digits. */
const DIGITS = /^[0-9٠-٩]+$/u;

/** The key of من, before a projectile counted out of a whole (`لقسم كبير من صواريخ`). */
const MIN = "من";

/**
 * Whether the first needed word after the trigger is its object: right after it, or after the subject's
 * nisba or a `من` of part (a count in digits may stand between), with no proclitic but ل, and a
 * nisba naming its state right after it.
 */
export function interceptedObject(trigger: Trigger, tokens: readonly Token[], end: number): boolean {
  const to = Math.min(tokens.length, end + trigger.reach);
  const opens = (key: string) => trigger.needs.some((n) => key.startsWith(n));
  for (let k = end; k < to; k++) {
    const t = tokens[k] as Token;
    const plain = opens(t.key);
    const withLam = t.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ل" && opens(b.key));
    if (!plain && !withLam && !t.bare.some((b) => opens(b.key))) continue;
    if (!plain && !withLam) return false;
    // The attacker is named by a nisba right after the projectile, or after its owner (`صواريخ الجيش
    // الإسرائيلي`); `صاروخا أطلق من اليمن` names only where it came from, and keeps its own row.
    const nisba = (j: number) => NISBA_END.test(tokens[j]?.key ?? "") && tokens[j]?.sentence === t.sentence;
    if (!nisba(k + 1) && !nisba(k + 2)) return false;
    // A count written in digits stands between (`أسقطت 3 صواريخ`).
    let b = k - 1;
    while (b >= end && DIGITS.test((tokens[b] as Token).key)) b--;
    if (b < end) return true;
    const before = tokens[b] as Token;
    return before.key === MIN || NISBA_END.test(before.key);
  }
  return false;
}
