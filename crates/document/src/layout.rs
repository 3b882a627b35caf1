//! Table layout for the paged writers (DOCX): column widths from the cells' content, and each
//! row's estimated height, so that a table uses the whole text width, short columns (dates,
//! scores, codes, ผู้รับผิดชอบ) are as wide as their longest word and no wider than they need,
//! and long text columns share the rest.
//!
//! Widths are measured with the advance widths of Laksaman (TLWG), the metric-compatible
//! substitute of TH Sarabun New, at 16 pt: Thai and Latin characters from the table below,
//! combining marks zero, anything else 0.6 em. It is an approximation (no kerning, no shaping),
//! accurate to a few per cent on Thai text, which is what the allocation needs.
//!
//! Words: Thai has no spaces between words. A unit that must not break is taken as a run of text
//! between spaces (and after a slash, and at a [`SOFT_BREAK`]), with a date ("๑ ตุลาคม ๒๕๖๕")
//! glued into one unit. A run holds whole words, so a column at least as wide as its longest run
//! is never narrower than its longest word; a run wider than [`WORD_CAP`] (or than an equal
//! share of the width) is a phrase that wraps at a word boundary the renderer finds, and counts
//! that much (a date too, which may then wrap at its spaces) — except a number, which always
//! counts whole. A table header marks where its long Thai words may wrap with
//! [`SOFT_BREAK`] ("ผลการ\u{200B}ดำเนินการ"): the DOCX writer turns the marks it needs into line
//! breaks ([`break_at_marks`]), so a column of short entries under a long header is no wider than
//! the header's longest word. (Thai segmentation crates were weighed — `icu_segmenter`'s
//! dictionary splits "เครื่อง|มือ" and "ผลก|า|รป|ระ|เมิน", its LSTM is ~8 µs a character and
//! splits "ผู้|รับ|ผิด|ชอบ", `kham-core` segments well but adds ~6 MB to the export wasm.)

use crate::Table;

/// Marks where a Thai header may wrap (U+200B ZERO WIDTH SPACE): invisible, and dropped by
/// the writers ([`strip_marks`]) except where a line break is needed.
pub const SOFT_BREAK: char = '\u{200B}';

/// `text` without its [`SOFT_BREAK`] marks.
pub fn strip_marks(text: &str) -> String {
    text.replace(SOFT_BREAK, "")
}

/// Font size in points.
const SIZE_PT: f64 = 16.0;
/// Height of one line of 16 pt Laksaman / TH Sarabun New (ascent + descent = 1.957 em), twips.
pub const LINE_TWIPS: u32 = 627;
/// Left + right cell padding (the writer's cell margins), the border and a slack of 100 twips
/// that absorbs the table's rounding (seen in LibreOffice: a word measured to fit with 40
/// twips to spare still wrapped), in twips.
pub const CELL_PAD: u32 = 2 * CELL_MARGIN + 20 + 100;
/// Each side's cell margin, twips.
pub const CELL_MARGIN: u32 = 85;
/// A run of Thai text wider than this (about 12 Thai characters at 16 pt, 3.9 cm: the longest
/// compounds in the documents, such as ผู้รับผิดชอบ or ประสิทธิภาพ) is taken to hold a word
/// boundary: it counts this much towards its column's minimum, and its full width for the lines.
const WORD_CAP: u32 = 2200;
/// The same for body cells, where long runs are phrases far more often than single words
/// (about 8 Thai characters).
const BODY_CAP: u32 = 1400;

/// Advance widths (1/1000 em) of U+0020..U+007E, regular and bold.
const ASCII: [u16; 95] = [
    324, 221, 312, 606, 543, 879, 636, 180, 285, 285, 428, 618, 243, 324, 243, 406, 544, 544, 544,
    544, 544, 544, 544, 544, 544, 544, 243, 243, 618, 618, 618, 425, 806, 601, 568, 610, 648, 527,
    527, 639, 663, 221, 397, 565, 530, 824, 663, 731, 568, 732, 570, 529, 570, 700, 586, 884, 628,
    550, 637, 294, 394, 294, 619, 529, 306, 517, 603, 497, 603, 562, 309, 467, 586, 215, 233, 475,
    300, 904, 586, 598, 603, 603, 326, 424, 357, 586, 512, 762, 478, 506, 482, 312, 230, 312, 625,
];
const ASCII_BOLD: [u16; 95] = [
    339, 252, 437, 694, 552, 1034, 731, 254, 367, 367, 515, 627, 258, 339, 258, 415, 568, 568, 568,
    568, 568, 568, 568, 568, 568, 568, 258, 258, 627, 627, 627, 434, 860, 678, 595, 649, 690, 538,
    538, 682, 709, 245, 424, 618, 540, 863, 709, 779, 586, 779, 594, 549, 633, 725, 634, 920, 640,
    595, 678, 351, 403, 351, 628, 565, 315, 552, 654, 521, 654, 588, 382, 499, 636, 245, 257, 511,
    320, 956, 636, 619, 648, 648, 370, 445, 388, 628, 538, 722, 524, 543, 538, 383, 266, 383, 634,
];
/// Advance widths of U+0E01..U+0E5B (0 = a combining mark or unassigned), regular and bold.
const THAI: [u16; 91] = [
    580, 568, 574, 591, 591, 613, 442, 552, 567, 568, 574, 780, 780, 639, 639, 515, 693, 800, 816,
    588, 588, 568, 646, 503, 631, 643, 643, 573, 573, 672, 672, 639, 601, 564, 484, 568, 573, 639,
    503, 591, 658, 573, 642, 682, 582, 559, 588, 536, 0, 475, 475, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    618, 305, 567, 356, 364, 367, 308, 600, 0, 0, 0, 0, 0, 0, 0, 0, 676, 675, 675, 675, 675, 675,
    675, 675, 675, 675, 675, 785, 1048,
];
const THAI_BOLD: [u16; 91] = [
    588, 624, 648, 606, 606, 681, 478, 586, 609, 624, 648, 849, 849, 639, 639, 559, 740, 828, 866,
    609, 609, 588, 658, 538, 651, 669, 669, 622, 622, 725, 725, 639, 627, 580, 494, 588, 600, 639,
    570, 606, 693, 600, 658, 703, 592, 579, 571, 511, 0, 505, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    585, 312, 594, 379, 404, 379, 314, 657, 0, 0, 0, 0, 0, 0, 0, 0, 676, 685, 685, 685, 685, 685,
    685, 685, 685, 685, 685, 789, 1048,
];

/// Advance width of one character in 1/1000 em.
fn char_width(c: char, bold: bool) -> u32 {
    let u = c as u32;
    let w = match u {
        0x20..=0x7E => {
            let t = if bold { &ASCII_BOLD } else { &ASCII };
            t[(u - 0x20) as usize]
        }
        0xA0 => 324,
        0x0E01..=0x0E5B => {
            let t = if bold { &THAI_BOLD } else { &THAI };
            t[(u - 0x0E01) as usize]
        }
        // Zero-width marks and joiners.
        0x200B..=0x200D | 0x2060 | 0xFEFF => 0,
        0x2013 => 500,
        0x2014 => 1000,
        _ => 600,
    };
    w as u32
}

/// Width of `text` on one line at 16 pt, in twips (1/20 pt).
pub fn text_twips(text: &str, bold: bool) -> u32 {
    let milli: u32 = text.chars().map(|c| char_width(c, bold)).sum();
    // 3 % over the advance widths: hinting and rounding in the renderer.
    (milli as f64 * SIZE_PT * 20.0 / 1000.0 * 1.03).round() as u32
}

fn is_number(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_digit() || ('๐'..='๙').contains(&c) || c == '.' || c == ',')
}

/// One unit of a line that must not be broken, with whether a space comes before it (not
/// after a slash or a [`SOFT_BREAK`]) and whether it counts whole, never capped (a date or a
/// number).
#[derive(Clone, Debug, PartialEq)]
struct Unit {
    text: String,
    spaced: bool,
    whole: bool,
}

/// The units of one line of text that must not be broken: runs between spaces, split after a
/// slash and at a [`SOFT_BREAK`], with a date (number, word, number) glued into one unit.
pub fn units(line: &str) -> Vec<String> {
    line_units(line).into_iter().map(|u| u.text).collect()
}

fn line_units(line: &str) -> Vec<Unit> {
    let words: Vec<&str> = line.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
    // A date is a day, a (month) word and a year: "๑ ตุลาคม ๒๕๖๕", "30 Sep 2023", "๑ ต.ค. ๖๕"
    // (not a numbered line such as "๑. รายงานผลรอบ ๖").
    let is_word = |w: &str| w.chars().count() <= 12 && !w.chars().any(|c| c.is_numeric());
    let digits =
        |w: &str, n: &[usize]| w.chars().all(|c| c.is_numeric()) && n.contains(&w.chars().count());
    let mut out: Vec<Unit> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i + 2 < words.len()
            && digits(words[i], &[1, 2])
            && is_word(words[i + 1])
            && digits(words[i + 2], &[2, 4])
        {
            // Counted like a phrase (capped): a date wider than the cap may wrap at its spaces,
            // which keeps seven-column tables within the page budget.
            out.push(Unit {
                text: words[i..i + 3].join(" "),
                spaced: true,
                whole: false,
            });
            i += 3;
            continue;
        }
        let mut spaced = true;
        for piece in words[i].split(SOFT_BREAK).filter(|p| !p.is_empty()) {
            let mut rest = piece;
            while let Some(k) = rest.find('/') {
                let (head, tail) = rest.split_at(k + 1);
                out.push(Unit {
                    text: head.to_string(),
                    spaced,
                    whole: false,
                });
                spaced = false;
                rest = tail;
            }
            if !rest.is_empty() {
                out.push(Unit {
                    text: rest.to_string(),
                    spaced,
                    whole: is_number(rest),
                });
            }
            spaced = false;
        }
        i += 1;
    }
    out
}

/// `text` with the [`SOFT_BREAK`] marks it needs to fit `inner` twips turned into line breaks
/// and the others dropped: each line as full as it can be, breaking only at a mark (a line that
/// fits whole keeps its marks unused).
pub fn break_at_marks(text: &str, bold: bool, inner: u32) -> String {
    if !text.contains(SOFT_BREAK) {
        return text.to_string();
    }
    text.split('\n')
        .map(|line| {
            let mut lines: Vec<String> = Vec::new();
            let mut current = String::new();
            for piece in line.split(SOFT_BREAK) {
                let joined = format!("{current}{piece}");
                if !current.is_empty() && text_twips(&joined, bold) > inner {
                    lines.push(std::mem::take(&mut current));
                    current = piece.to_string();
                } else {
                    current = joined;
                }
            }
            lines.push(current);
            lines.join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One cell measured: the width of each unit and the space before it, per paragraph line.
struct Measured {
    lines: Vec<Vec<(u32, u32)>>,
}

const SPACE: u32 = 104; // 324/1000 em at 16 pt, twips

impl Measured {
    fn new(text: &str, bold: bool, cap: u32) -> Measured {
        Measured {
            lines: text
                .split('\n')
                .map(|l| {
                    let mut out = Vec::new();
                    for u in line_units(l) {
                        let mut gap = if u.spaced && !out.is_empty() {
                            SPACE
                        } else {
                            0
                        };
                        // A phrase wider than the cap wraps at the renderer's word boundaries:
                        // pieces of the cap's width stand for them.
                        let mut w = text_twips(&u.text, bold);
                        while !u.whole && w > cap.max(1) {
                            out.push((cap, gap));
                            gap = 0;
                            w -= cap;
                        }
                        out.push((w, gap));
                    }
                    out
                })
                .collect(),
        }
    }
    /// The widest unit.
    fn min(&self) -> u32 {
        self.lines
            .iter()
            .flatten()
            .map(|&(w, _)| w)
            .max()
            .unwrap_or(0)
    }
    /// The widest line unwrapped.
    fn pref(&self) -> u32 {
        self.lines
            .iter()
            .map(|l| l.iter().map(|&(w, gap)| w + gap).sum::<u32>())
            .max()
            .unwrap_or(0)
    }
    /// Lines taken when wrapped into `inner` twips (greedy, as word processors fill lines).
    fn lines_in(&self, inner: u32) -> u32 {
        let inner = inner.max(1);
        let mut n = 0;
        for l in &self.lines {
            let mut used = 0u32;
            let mut count = 1;
            for &(w, gap) in l {
                if used == 0 {
                    used = w;
                } else if used + gap + w <= inner {
                    used += gap + w;
                } else {
                    count += 1;
                    used = w;
                }
                // A unit wider than the column (only when capped or squeezed) takes more lines.
                if used > inner {
                    count += used.div_ceil(inner) - 1;
                    used %= inner;
                }
            }
            n += count;
        }
        n
    }
}

/// A table measured for a text width: its header and rows, cell by cell.
struct TableMeasure {
    header: Vec<Measured>,
    rows: Vec<Vec<Measured>>,
}

impl TableMeasure {
    fn new(t: &Table, text_w: u32) -> TableMeasure {
        let cap = WORD_CAP.min(text_w / 4);
        let body_cap = BODY_CAP.min(cap);
        TableMeasure {
            header: t
                .header
                .iter()
                .map(|h| Measured::new(h, true, cap))
                .collect(),
            rows: t
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| Measured::new(&c.text, c.bold, body_cap))
                        .collect()
                })
                .collect(),
        }
    }
    fn columns(&self) -> usize {
        self.header.len()
    }
    fn cells(&self, col: usize) -> impl Iterator<Item = &Measured> {
        std::iter::once(&self.header[col]).chain(self.rows.iter().filter_map(move |r| r.get(col)))
    }
    fn row_lines(row: &[Measured], widths: &[u32]) -> u32 {
        row.iter()
            .zip(widths)
            .map(|(m, &w)| m.lines_in(w.saturating_sub(CELL_PAD)))
            .max()
            .unwrap_or(1)
    }
    /// For each column, in how many rows (header included) it is the tallest cell.
    fn tallest_counts(&self, widths: &[u32]) -> Vec<u32> {
        let mut out = vec![0; self.columns()];
        for r in std::iter::once(&self.header).chain(&self.rows) {
            let lines: Vec<u32> = r
                .iter()
                .zip(widths)
                .map(|(m, &w)| m.lines_in(w.saturating_sub(CELL_PAD)))
                .collect();
            let max = lines.iter().copied().max().unwrap_or(0);
            for (c, &l) in lines.iter().enumerate() {
                if l == max && max > 1 {
                    out[c] += 1;
                }
            }
        }
        out
    }
    fn total_lines(&self, widths: &[u32]) -> u32 {
        Self::row_lines(&self.header, widths)
            + self
                .rows
                .iter()
                .map(|r| Self::row_lines(r, widths))
                .sum::<u32>()
    }
}

/// The narrowest width of each column: its longest unbreakable unit plus the cell padding.
pub fn min_widths(t: &Table, text_w: u32) -> Vec<u32> {
    let m = TableMeasure::new(t, text_w);
    (0..m.columns())
        .map(|c| m.cells(c).map(Measured::min).max().unwrap_or(0) + CELL_PAD)
        .collect()
}

/// Column widths in twips summing to `text_w`: every column at least as wide as its longest
/// word; the rest given, a step at a time, where it shortens the table most (ties go to the
/// column furthest from holding its text unwrapped).
pub fn column_widths(t: &Table, text_w: u32) -> Vec<u32> {
    let m = TableMeasure::new(t, text_w);
    let n = m.columns();
    if n == 0 {
        return Vec::new();
    }
    let mins: Vec<u32> = (0..n)
        .map(|c| m.cells(c).map(Measured::min).max().unwrap_or(0) + CELL_PAD)
        .collect();
    let prefs: Vec<u32> = (0..n)
        .map(|c| m.cells(c).map(Measured::pref).max().unwrap_or(0) + CELL_PAD)
        .collect();
    let sum_min: u32 = mins.iter().sum();
    if sum_min >= text_w {
        // More words than width: shrink in proportion (a word may then break).
        let mut w: Vec<u32> = mins
            .iter()
            .map(|&x| (x as u64 * text_w as u64 / sum_min as u64) as u32)
            .collect();
        let short = text_w - w.iter().sum::<u32>();
        w[0] += short;
        return w;
    }
    let mut w = mins.clone();
    let step = (text_w / 120).max(1);
    let mut left = text_w - sum_min;
    let mut lines = m.total_lines(&w);
    while left >= step {
        // The move (a column, a few steps) that saves the most lines per step.
        let mut best: Option<(usize, u32, f64)> = None;
        for c in 0..n {
            for k in [1u32, 2, 4, 8, 16] {
                if k * step > left {
                    break;
                }
                w[c] += k * step;
                let l = m.total_lines(&w);
                w[c] -= k * step;
                let gain = (lines.saturating_sub(l)) as f64 / k as f64;
                if l < lines && best.is_none_or(|(_, _, g)| gain > g) {
                    best = Some((c, k, gain));
                }
            }
        }
        let (c, k) = match best {
            Some((c, k, _)) => (c, k),
            // Nothing shortens the table: widen the column that sets the rows' heights most
            // often, so long text columns share what is left.
            None => {
                let tall = m.tallest_counts(&w);
                let c = (0..n)
                    .max_by(|&a, &b| {
                        (tall[a], prefs[a] as f64 / w[a] as f64)
                            .partial_cmp(&(tall[b], prefs[b] as f64 / w[b] as f64))
                            .unwrap_or(std::cmp::Ordering::Equal)
                    })
                    .unwrap_or(0);
                (c, 1)
            }
        };
        w[c] += k * step;
        left -= k * step;
        lines = m.total_lines(&w);
    }
    // The last few twips to the widest column.
    if let Some(c) = (0..n).max_by_key(|&c| w[c]) {
        w[c] += left;
    }
    w
}

/// The estimated height of the header and of each row, in lines, for `widths`.
pub fn row_lines(t: &Table, widths: &[u32], text_w: u32) -> (u32, Vec<u32>) {
    let m = TableMeasure::new(t, text_w);
    (
        TableMeasure::row_lines(&m.header, widths),
        m.rows
            .iter()
            .map(|r| TableMeasure::row_lines(r, widths))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cell;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            name: "t".into(),
            header: header.iter().map(|s| s.to_string()).collect(),
            widths: Vec::new(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|s| Cell::text(*s)).collect())
                .collect(),
        }
    }

    fn plan() -> Table {
        let steps = "๑. แจ้งเวียนแผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรทุกคนทราบ และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน (ข้อ i7 ได้ 73.72 คะแนน)\n๒. จัดให้มีช่องทางให้บุคลากรมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ\n๓. รายงานผลการดำเนินงานต่อผู้บริหาร";
        table(
            &[
                "ประเด็น",
                "มาตรการ/โครงการ",
                "ขั้นตอน/วิธีการ",
                "ผู้รับผิดชอบ",
                "ระยะเวลา",
                "การกำกับติดตามและรายงานผล",
            ],
            &[
                &[
                    "เครื่องมือการประเมิน IIT ตัวชี้วัดที่ ๒ การใช้งบประมาณ (๘๒.๙๖ คะแนน)",
                    "เผยแพร่แผนการใช้จ่ายงบประมาณ",
                    steps,
                    "กองคลัง",
                    "๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖",
                    "๑. รายงานผลรอบ ๖ เดือน\n๒. รายงานผลรอบ ๑๒ เดือน",
                ],
                &[
                    "เครื่องมือการประเมิน OIT",
                    "จัดทำประมวลจริยธรรม",
                    steps,
                    "สำนักปลัด",
                    "๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖",
                    "รายงานผู้บริหาร",
                ],
            ],
        )
    }

    #[test]
    fn units_keep_dates_whole_and_split_after_slashes() {
        assert_eq!(
            units("๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖"),
            vec!["๑ ตุลาคม ๒๕๖๕", "–", "๓๐ กันยายน ๒๕๖๖"]
        );
        assert_eq!(units("มาตรการ/โครงการ"), vec!["มาตรการ/", "โครงการ"]);
        assert_eq!(units("เครื่องมือ"), vec!["เครื่องมือ"]);
    }

    #[test]
    fn a_header_wraps_only_at_its_marks_and_only_when_it_must() {
        let h = "ผลการ\u{200B}ดำเนินการ";
        assert_eq!(units(h), vec!["ผลการ", "ดำเนินการ"]);
        let whole = text_twips("ผลการดำเนินการ", true);
        assert_eq!(break_at_marks(h, true, whole), "ผลการดำเนินการ");
        assert_eq!(break_at_marks(h, true, whole - 1), "ผลการ\nดำเนินการ");
        assert_eq!(break_at_marks("ระยะเวลา", true, 10), "ระยะเวลา");
        assert_eq!(strip_marks(h), "ผลการดำเนินการ");
        // The pieces join without a space: the header's width unwrapped is the word's.
        let t = table(&[h], &[&["ยังไม่เริ่ม"]]);
        let m = TableMeasure::new(&t, 14003);
        assert_eq!(m.header[0].pref(), whole);
        assert_eq!(m.header[0].min(), text_twips("ดำเนินการ", true));
    }

    #[test]
    fn a_numbered_line_is_not_a_date() {
        assert_eq!(
            units("๑. รายงานผลรอบ ๖ เดือน"),
            vec!["๑.", "รายงานผลรอบ", "๖", "เดือน"]
        );
        assert_eq!(units("๑ ต.ค. ๖๕"), vec!["๑ ต.ค. ๖๕"]);
    }

    #[test]
    fn thai_marks_take_no_width() {
        assert_eq!(text_twips("กี่", false), text_twips("ก", false));
        assert!(text_twips("เครื่องมือ", true) > text_twips("เครื่อง", true));
    }

    #[test]
    fn widths_sum_to_the_text_width_and_no_column_is_narrower_than_its_word() {
        for text_w in [9071, 14003] {
            let t = plan();
            let w = column_widths(&t, text_w);
            assert_eq!(w.iter().sum::<u32>(), text_w);
            let mins = min_widths(&t, text_w);
            if mins.iter().sum::<u32>() <= text_w {
                for (c, (&got, &min)) in w.iter().zip(&mins).enumerate() {
                    assert!(got >= min, "column {c}: {got} < {min}");
                }
            }
            if text_w > 10000 {
                // Landscape: the steps column, the longest text, gets the most width.
                let widest = (0..w.len()).max_by_key(|&c| w[c]).unwrap();
                assert_eq!(widest, 2, "{w:?}");
            }
        }
    }

    #[test]
    fn a_narrow_tool_column_holds_the_word_for_tool() {
        let t = table(
            &["ลำดับ", "เครื่องมือ", "ตัวชี้วัด", "คะแนน", "ผลการประเมิน"],
            &[
                &["๑", "EIT", "๗ ประสิทธิภาพการสื่อสาร", "๙๑.๗๙", "ผ่านเกณฑ์"],
                &["๑๐", "OIT", "๑๐ การป้องกันการทุจริต", "๔๓.๗๕", "ไม่ผ่านเกณฑ์"],
            ],
        );
        let w = column_widths(&t, 9071);
        assert!(w[1] >= text_twips("เครื่องมือ", true) + CELL_PAD, "{w:?}");
        let (header, rows) = row_lines(&t, &w, 9071);
        assert_eq!(header, 1, "every header fits on one line: {w:?}");
        assert!(rows.iter().all(|&l| l <= 2), "{rows:?} {w:?}");
    }

    #[test]
    fn text_wider_than_the_page_still_sums_to_the_width() {
        let long = "ก".repeat(400);
        let t = table(
            &["a", "b", "c", "d", "e"],
            &[&[&long, &long, &long, &long, &long]],
        );
        let w = column_widths(&t, 9071);
        assert_eq!(w.iter().sum::<u32>(), 9071);
    }
}
