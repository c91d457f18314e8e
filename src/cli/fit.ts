/**
 * Fitting a table to the terminal: the widest columns give up characters, one at a time,
 * until the table with its borders (three characters per column and one more) fits the
 * width. No column shrinks below `min` characters; a table that cannot fit even so is left
 * at those minima and wraps, as a terminal does.
 */
export function fitWidths(natural: readonly number[], available: number, min = 4): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0) + 3 * widths.length + 1;
  while (total() > available) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (
        (widths[i] as number) > min &&
        (widest < 0 || (widths[i] as number) > (widths[widest] as number))
      ) {
        widest = i;
      }
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
  }
  return widths;
}
