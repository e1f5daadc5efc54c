// Tables whose rows are figures with a unit column (项目 | 单位 | 全年目标 | 完成数, 指标 | 单位 | 2023年 |
// 比上年增长(%)), in HTML or in a text dump one row a line: each figure is written as a sentence would
// say it, with its column, the row's label and its unit (巾帼技能培训 ，全年目标巾帼技能培训3000人次 ，完成巾帼技能培训3420人次), so the claim rules
// read them like any other text. Shared by clean/html.ts and clean/text.ts.

/** A header cell that names the unit of each row (单位, 计量单位). */
const UNIT_HEAD = /^(计量)?单位$/;
/** A cell that is one figure. */
const FIGURE = /^\d[\d.,]*%?$/;
/** A column header that carries its own unit in brackets: 比上年增长(%), 金额(万元). */
const OWN_UNIT = /[(（]([^()（）\d]{1,4})[)）]$/;

export interface UnitHead {
  unitAt: number;
  /** per column: the words written before its figures */
  labels: string[];
  /** per column: its own unit, or null where the row's unit holds */
  units: (string | null)[];
}

/** The header of a unit-column table: three cells or more, one of them 单位, none a figure (2023年 may be). */
export function unitHead(cells: string[]): UnitHead | null {
  if (cells.length < 3 || cells.some((c) => FIGURE.test(c))) return null;
  const unitAt = cells.findIndex((c) => UNIT_HEAD.test(c));
  if (unitAt < 0) return null;
  const units = cells.map((c) => OWN_UNIT.exec(c)?.[1] ?? null);
  // (完成数 → 完成, 比上年增长(%) → 比上年增长)
  const labels = cells.map((c) => c.replace(OWN_UNIT, '').replace(/(?<=..)(数|情况|值)$/, ''));
  return { unitAt, labels, units };
}

/**
 * The text of each cell of a row under `head`: a figure as a clause of its own (a clause each: the plan
 * of one column does not reach the figure of the next), the unit cell empty, other cells as they are.
 * Null where the row is no such row (other length, no unit, no figure).
 */
export function unitRow(head: UnitHead, cells: string[]): string[] | null {
  const unit = cells[head.unitAt] ?? '';
  // (序号 | 项目 | 单位 | …: a row number in the first column is no figure, and the label is the next cell)
  const numbered = /^(序号|编号|No\.?)$/i.test(head.labels[0] ?? '') || (/^\d{1,3}$/.test(cells[0] ?? '') && head.unitAt > 1);
  if (cells.length !== head.labels.length || !unit || /\d/.test(unit) || unit.length > 4) return null;
  const first = numbered ? 1 : 0;
  if (!cells.some((c, k) => k > first && k !== head.unitAt && FIGURE.test(c))) return null;
  // (a row is a statement of its own: it ends with a full stop, so no 其中 of a row reaches the next)
  let last = cells.length - 1;
  while (last > 0 && (last === head.unitAt || !FIGURE.test(cells[last]))) last--;
  return cells.map((c, k) => {
    if (k === head.unitAt || (numbered && k === 0)) return '';
    if (k === last && k > first) return write(c, k) + '。';
    if (k === first || !FIGURE.test(c)) return c;
    return write(c, k);
  });
  function write(c: string, k: number): string {
    const u = head.units[k] ?? unit;
    // (the row's label before the figure names what it counts: ，2023年学校总数218所)
    // (其中:重度残疾人 keeps its 其中 in the row's first cell, which opens the breakdown)
    const name = (cells[first] ?? '').replace(/^其中[:：]?/, '');
    const label = /^[\u4e00-\u9fff“”（）()、]{2,20}$/.test(name) ? name : '';
    // (a comparison's label goes before it: ，学校总数比上年增长1.4%)
    const compared = /^(比|较|同比|环比)/.test(head.labels[k]);
    return `，${compared ? label + head.labels[k] : head.labels[k] + label}${c}${c.endsWith('%') ? '' : u}`;
  }
}
