// A large cohort file for the end-to-end test and the benchmark (issue #14): `provinces` ×
// `perProvince` fictional agencies, each with the ten indicator scores of every year (the wide
// format). Deterministic (a small linear congruential generator), so every run reads the same
// file; the scores are only plausible, the figures are computed by the app.

export const PROVINCE = (k) => `จังหวัดสมมุติ${k}`;
const KINDS = ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'องค์การบริหารส่วนตำบล', 'เทศบาลเมือง'];

/** The file's text; `bad` extra lines with a problem each are appended at the end. */
export function cohortCsv({ provinces = 10, perProvince = 1000, years = [2566, 2567, 2568], bad = 0 } = {}) {
  let seed = 14;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines = ['agency,type,province,year,1,2,3,4,5,6,7,8,9,10'];
  for (let p = 1; p <= provinces; p += 1) {
    for (let a = 1; a <= perProvince; a += 1) {
      const kind = KINDS[a % KINDS.length];
      const base = 70 + next() * 25;
      for (const year of years) {
        const scores = [];
        for (let i = 0; i < 10; i += 1) scores.push(Math.min(100, base - 15 + next() * 25).toFixed(2));
        lines.push(`${kind}สมมุติ ${p}-${a},${kind},${PROVINCE(p)},${year},${scores.join(',')}`);
      }
    }
  }
  for (let k = 0; k < bad; k += 1) {
    lines.push(`หน่วยงานผิดพลาด ${k + 1},เทศบาลตำบล,${PROVINCE(1)},${years.at(-1)},abc,1,2,3,4,5,6,7,8,9`);
  }
  return `${lines.join('\n')}\n`;
}
