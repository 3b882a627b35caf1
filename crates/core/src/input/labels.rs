//! Finding, in one line of real text, the labels that name an ITA score (`IIT`, `EIT ส่วนที่ ๑`,
//! `ตัวชี้วัดที่ ๙`, `ตัวชี้วัดย่อยที่ 9.1`, `ข้อ o12`, `I7`, `e 6`, an indicator's name, `คะแนนภาพรวม`)
//! and the numbers that can be scores. Shared by the paste reader and the report extractor, so
//! both read labels the same way.
//!
//! Garbled codes that real documents contain are read only where they are unambiguous: seed 000
//! prints `1๑` for i1 (an Arabic `1` glued to Thai digits, as no one writes a number) and `๐๑`
//! for o1 (a Thai zero before digits); these are read when the surrounding tool is IIT (resp.
//! OIT) or not known, and reported as [`Label::Unreadable`] otherwise. `ข้อ ๗` takes its letter
//! from the tool of the table or section it stands in.

use crate::framework;

/// What a label names.
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    /// The overall ITA score.
    Overall,
    /// `IIT`, `EIT`, `OIT`, `EIT1`, `EIT2`.
    Tool(&'static str),
    Indicator(u8),
    /// `9.1`
    SubIndicator(String),
    /// `i7`, `e6`, `o38`, `i11.1`
    Item(String),
    /// Something shaped like a code that cannot be read for sure (the text as printed).
    Unreadable(String),
}

impl Label {
    /// The workbook code (`ITA`, `EIT1`, `9`, `9.1`, `o12`), if the label is readable.
    pub fn code(&self) -> Option<String> {
        match self {
            Label::Overall => Some("ITA".into()),
            Label::Tool(t) => Some((*t).into()),
            Label::Indicator(n) => Some(n.to_string()),
            Label::SubIndicator(c) | Label::Item(c) => Some(c.clone()),
            Label::Unreadable(_) => None,
        }
    }
}

/// A label found in a line: char positions `start..end`. A `tight` label takes only a number
/// that follows it directly (a tool code, `ITA`); other labels take the first score after them
/// in their own table cell or at the start of the next one.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub label: Label,
    pub start: usize,
    pub end: usize,
    pub tight: bool,
}

/// A number in a line (Thai or Arabic digits), char positions `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub decimal: bool,
}

/// The letter of the tool a line stands under (`i`, `e`, `o`), carried from line to line.
pub type ToolContext = Option<char>;

/// The tool letter of an indicator number (1–5 IIT, 6–8 EIT, 9–10 OIT in every framework).
pub fn tool_of_indicator(n: u8) -> Option<char> {
    match n {
        1..=5 => Some('i'),
        6..=8 => Some('e'),
        9 | 10 => Some('o'),
        _ => None,
    }
}

/// Other spellings of indicator names that agencies print (seeds 003 and 004).
const NAME_VARIANTS: [(&str, u8); 3] = [
    ("การปรับปรุงการทำงาน", 8),
    ("การปรับปรุงการดำเนินงาน", 8),
    ("การใช้ทรัพย์สินของทางราชการ", 4),
];

/// Indicator names from every framework plus the variants, longest first.
fn indicator_names() -> Vec<(Vec<char>, u8)> {
    let mut names: Vec<(Vec<char>, u8)> = NAME_VARIANTS
        .iter()
        .map(|(n, i)| (n.chars().collect(), *i))
        .collect();
    for fw in framework::all() {
        for ind in fw.indicators() {
            let name: Vec<char> = ind.name_th.chars().collect();
            if !names.iter().any(|(n, _)| *n == name) {
                names.push((name, ind.number));
            }
        }
    }
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    names
}

pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('๐'..='๙').contains(&c)
}

fn is_thai_digit(c: char) -> bool {
    ('๐'..='๙').contains(&c)
}

fn digit_value(c: char) -> u32 {
    if is_thai_digit(c) {
        c as u32 - '๐' as u32
    } else {
        c as u32 - '0' as u32
    }
}

/// Whether `word` occurs at `i` (ASCII compared case-insensitively).
pub fn at(chars: &[char], i: usize, word: &str) -> bool {
    let mut k = i;
    for w in word.chars() {
        match chars.get(k) {
            Some(c) if c.eq_ignore_ascii_case(&w) => k += 1,
            _ => return false,
        }
    }
    true
}

fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while chars.get(i).is_some_and(|c| *c == ' ' || *c == '\u{a0}') {
        i += 1;
    }
    i
}

/// The digits at `i` as a string of Arabic digits, and the end position.
fn digits_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    let mut k = i;
    let mut s = String::new();
    while let Some(&c) = chars.get(k).filter(|c| is_digit(**c)) {
        s.push(char::from_digit(digit_value(c), 10).unwrap_or('0'));
        k += 1;
    }
    (k > i).then_some((s, k))
}

fn trim_zeros(s: &str) -> String {
    let t = s.trim_start_matches('0');
    if t.is_empty() {
        "0".into()
    } else {
        t.into()
    }
}

fn ascii_alnum(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Every label in `line`, left to right, and the tool context after the line.
pub fn find_labels(line: &[char], mut ctx: ToolContext) -> (Vec<Found>, ToolContext) {
    let names = indicator_names();
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        match label_at(line, i, ctx, &names) {
            Some(found) => {
                match &found.label {
                    Label::Indicator(n) => ctx = tool_of_indicator(*n).or(ctx),
                    Label::SubIndicator(c) => {
                        let n = c.split('.').next().and_then(|n| n.parse().ok());
                        ctx = n.and_then(tool_of_indicator).or(ctx);
                    }
                    Label::Tool(t) => ctx = t.chars().next().map(|c| c.to_ascii_lowercase()),
                    _ => {}
                }
                i = found.end;
                out.push(found);
            }
            None => i += 1,
        }
    }
    (out, ctx)
}

fn label_at(line: &[char], i: usize, ctx: ToolContext, names: &[(Vec<char>, u8)]) -> Option<Found> {
    let found = |label, end, tight| {
        Some(Found {
            label,
            start: i,
            end,
            tight,
        })
    };
    // Indicators and sub-indicators by number.
    for prefix in ["ตัวชี้วัดย่อยที่", "ตัวชี้วัดย่อย", "sub-indicator"]
    {
        if at(line, i, prefix) {
            let k = skip_spaces(line, i + prefix.chars().count());
            if let Some((a, k2)) = digits_at(line, k) {
                if line.get(k2) == Some(&'.') {
                    if let Some((b, k3)) = digits_at(line, k2 + 1) {
                        return found(
                            Label::SubIndicator(format!("{}.{}", trim_zeros(&a), trim_zeros(&b))),
                            k3,
                            false,
                        );
                    }
                }
            }
        }
    }
    for prefix in ["ตัวชี้วัดที่", "ตัวชี้วัด", "หัวข้อที่", "indicator"]
    {
        if !at(line, i, prefix)
            || (prefix == "indicator" && ascii_alnum(i.checked_sub(1).and_then(|p| line.get(p))))
        {
            continue;
        }
        let k = skip_spaces(line, i + prefix.chars().count());
        if let Some((n, k2)) = digits_at(line, k) {
            let n: u8 = n.parse().unwrap_or(0);
            if (1..=10).contains(&n) && line.get(k2) != Some(&'.') {
                // The indicator's name after its number belongs to the label.
                let k3 = skip_spaces(line, k2);
                let end = names
                    .iter()
                    .find(|(name, _)| line[k3..].starts_with(name))
                    .map_or(k2, |(name, _)| k3 + name.len());
                return found(Label::Indicator(n), end, false);
            }
        } else if prefix == "ตัวชี้วัด" {
            if let Some((name, n)) = names.iter().find(|(name, _)| line[k..].starts_with(name)) {
                return found(Label::Indicator(*n), k + name.len(), false);
            }
        }
    }
    // An indicator's name alone in a table cell.
    if i == 0 || line[i - 1] == '\t' {
        let cell_end = line[i..]
            .iter()
            .position(|c| *c == '\t')
            .map_or(line.len(), |p| i + p);
        let cell: String = line[i..cell_end].iter().collect();
        let cell: Vec<char> = cell.trim().chars().collect();
        if let Some((_, n)) = names.iter().find(|(name, _)| *name == cell) {
            return found(Label::Indicator(*n), cell_end, false);
        }
    }
    // The overall score.
    for prefix in ["คะแนนภาพรวม", "ภาพรวม"] {
        if at(line, i, prefix) {
            return found(Label::Overall, i + prefix.chars().count(), false);
        }
    }
    let word_start = !ascii_alnum(i.checked_sub(1).and_then(|p| line.get(p)));
    if word_start && at(line, i, "ITA") && !ascii_alnum(line.get(i + 3)) {
        return found(Label::Overall, i + 3, true);
    }
    // Tools, with EIT's parts.
    for tool in ["IIT", "EIT", "OIT"] {
        if word_start && at(line, i, tool) {
            let k = i + 3;
            if tool == "EIT" {
                if let Some(part @ ('1' | '2' | '๑' | '๒')) = line.get(k) {
                    if !ascii_alnum(line.get(k + 1))
                        && !line.get(k + 1).is_some_and(|c| is_digit(*c))
                    {
                        return found(
                            Label::Tool(if digit_value(*part) == 1 {
                                "EIT1"
                            } else {
                                "EIT2"
                            }),
                            k + 1,
                            true,
                        );
                    }
                }
                let k2 = skip_spaces(line, k);
                for word in ["ส่วนที่", "part", "ส่วน"] {
                    if at(line, k2, word) {
                        let k3 = skip_spaces(line, k2 + word.chars().count());
                        if let Some((p, k4)) = digits_at(line, k3) {
                            match p.as_str() {
                                "1" => return found(Label::Tool("EIT1"), k4, true),
                                "2" => return found(Label::Tool("EIT2"), k4, true),
                                _ => {}
                            }
                        }
                    }
                }
            }
            if !ascii_alnum(line.get(k)) {
                let code = match tool {
                    "IIT" => "IIT",
                    "EIT" => "EIT",
                    _ => "OIT",
                };
                return found(Label::Tool(code), k, true);
            }
        }
    }
    item_at(line, i, ctx)
}

/// `ข้อ o12`, `O12`, `o๑๒`, `I7`, `e 6`, `1๑` (i1), `๐๑` (o1), `ข้อ ๗` (by context).
fn item_at(line: &[char], i: usize, ctx: ToolContext) -> Option<Found> {
    let after_kho = at(line, i, "ข้อ");
    let k = if after_kho { i + 3 } else { i };
    if after_kho
        && !line
            .get(k)
            .is_some_and(|c| *c == ' ' || is_digit(*c) || c.is_ascii_alphabetic())
    {
        return None;
    }
    let k = skip_spaces(line, k);
    if !after_kho && ascii_alnum(i.checked_sub(1).and_then(|p| line.get(p))) {
        return None;
    }
    let c = *line.get(k)?;
    // Not the tail of a number (`๙๐.๐๙`).
    if i.checked_sub(1)
        .and_then(|p| line.get(p))
        .is_some_and(|p| is_digit(*p) || *p == '.')
    {
        return None;
    }
    let item = |prefix: char, from: usize| -> Option<(String, usize)> {
        let (n, mut end) = digits_at(line, from)?;
        let mut code = format!("{prefix}{}", trim_zeros(&n));
        if line.get(end) == Some(&'.') {
            if let Some((s, e2)) = digits_at(line, end + 1) {
                code = format!("{code}.{}", trim_zeros(&s));
                end = e2;
            }
        }
        let next = line.get(end);
        let bad_next =
            ascii_alnum(next) || next.is_some_and(|c| ['/', ',', '-'].contains(c) || is_digit(*c));
        (!bad_next && n != "0" && !n.is_empty()).then_some((code, end))
    };
    let done = |label: Label, end: usize| {
        Some(Found {
            label,
            start: i,
            end,
            tight: false,
        })
    };
    // A letter code: i7, E๖, O๔๓, e 6.
    if matches!(c, 'i' | 'I' | 'e' | 'E' | 'o' | 'O')
        && !ascii_alnum(k.checked_sub(1).and_then(|p| line.get(p)))
    {
        let d = skip_spaces(line, k + 1);
        if d - (k + 1) <= 1 {
            if let Some((code, end)) = item(c.to_ascii_lowercase(), d) {
                return done(Label::Item(code), end);
            }
        }
        return None;
    }
    // A digit standing for the tool's letter, then the item's digits: an item of tool `letter`,
    // unreadable where the context is another tool.
    let glued = |letter: char| {
        let (code, end) = item(letter, k + 1)?;
        if matches!(ctx, Some(t) if t != letter) {
            done(Label::Unreadable(line[i..end].iter().collect()), end)
        } else {
            done(Label::Item(code), end)
        }
    };
    // `1` glued to Thai digits: i + the Thai digits.
    if c == '1' && line.get(k + 1).is_some_and(|c| is_thai_digit(*c)) {
        return glued('i');
    }
    // A leading zero before digits: o + the digits (a Thai zero anywhere, `0` only after ข้อ).
    if (c == '๐' || (after_kho && c == '0')) && line.get(k + 1).is_some_and(|c| is_digit(*c)) {
        return glued('o');
    }
    // `ข้อ ๗`: the letter of the tool around it.
    if after_kho && is_digit(c) {
        let (n, end) = digits_at(line, k)?;
        if line
            .get(end)
            .is_some_and(|c| *c == '.' || *c == ')' || *c == '/')
        {
            return None;
        }
        let raw: String = line[i..end].iter().collect();
        return match ctx {
            Some(t) => done(Label::Item(format!("{t}{}", trim_zeros(&n))), end),
            None => done(Label::Unreadable(raw), end),
        };
    }
    None
}

/// Every number in `line` (not those inside the `labels`).
pub fn find_numbers(line: &[char], labels: &[Found]) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        if let Some(l) = labels.iter().find(|l| l.start <= i && i < l.end) {
            i = l.end;
            continue;
        }
        if is_digit(line[i])
            && !line
                .get(i.wrapping_sub(1))
                .is_some_and(|c| is_digit(*c) || c.is_ascii_alphabetic())
        {
            let (a, mut end) = digits_at(line, i).unwrap_or_default();
            let mut text = a;
            let mut decimal = false;
            if line.get(end) == Some(&'.') {
                if let Some((b, e2)) = digits_at(line, end + 1) {
                    text = format!("{text}.{b}");
                    end = e2;
                    decimal = true;
                }
            }
            if let Ok(value) = text.parse::<f64>() {
                out.push(Number {
                    value,
                    start: i,
                    end,
                    decimal,
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The text before `i` in the same cell, trimmed, and the text after `end`.
fn around(line: &[char], start: usize, end: usize) -> (String, String) {
    let cell_start = line[..start]
        .iter()
        .rposition(|c| *c == '\t')
        .map_or(0, |p| p + 1);
    let cell_end = line[end..]
        .iter()
        .position(|c| *c == '\t')
        .map_or(line.len(), |p| end + p);
    let before: String = line[cell_start..start].iter().collect();
    let after: String = line[end..cell_end].iter().collect();
    (before.trim().to_string(), after.trim().to_string())
}

/// Whether a number reads as a score where it stands: 0–100, not a year, a count, a rank, a
/// list number or a threshold (`น้อยกว่า ๘๕ คะแนน`). A whole number must say it is a score
/// (`คะแนน`, `%`, `ได้`, `ร้อยละ`) or fill its table cell alone.
pub fn is_score(line: &[char], n: &Number) -> bool {
    if !(0.0..=100.0).contains(&n.value) {
        return false;
    }
    let (before, after) = around(line, n.start, n.end);
    const BEFORE_NOT: [&str; 14] = [
        "ปี",
        "พ.ศ.",
        "พ.ศ",
        "จำนวน",
        "กว่า",
        "ลำดับ",
        "ทั้ง",
        "รอบ",
        "เต็ม",
        "ลำดับที่",
        "อันดับที่",
        "ครั้งที่",
        "ข้อที่",
        "เกณฑ์",
    ];
    const AFTER_NOT: [&str; 14] = [
        ")",
        "ข้อ",
        "อันดับ",
        "ตัวชี้วัด",
        "เครื่องมือ",
        "ประการ",
        "คน",
        "เดือน",
        "ราย",
        "/",
        "ปี",
        "บาท",
        "ครั้ง",
        "วัน",
    ];
    if BEFORE_NOT.iter().any(|w| before.ends_with(w))
        || AFTER_NOT.iter().any(|w| after.starts_with(w))
    {
        return false;
    }
    if n.decimal {
        return true;
    }
    let says_score = after.starts_with("คะแนน") || after.starts_with('%');
    let said_before = ["ได้", "คะแนน", "ร้อยละ", ":", "="]
        .iter()
        .any(|w| before.ends_with(w));
    says_score || said_before || (before.is_empty() && after.is_empty())
}

/// The first score after `label` that belongs to it: in its own cell before the next label, or
/// as the first thing in the next non-empty cell. A tight label takes only a number that follows
/// it after spaces, separators or filler words (`ได้`, `คะแนน`, `:`).
pub fn value_of(
    line: &[char],
    label: &Found,
    next_start: usize,
    numbers: &[Number],
) -> Option<Number> {
    let candidates = numbers
        .iter()
        .filter(|n| n.start >= label.end && n.start < next_start);
    for n in candidates {
        let between: String = line[label.end..n.start].iter().collect();
        if between.contains("จากปี") || between.contains("เทียบ") {
            return None;
        }
        if label.tight && !only_fillers(&between) {
            return None;
        }
        if let Some(first_tab) = between.find('\t') {
            // In a later cell: only empty cells between, and first in its own cell.
            let last_tab = between.rfind('\t').unwrap_or(first_tab);
            let middle = &between[first_tab..last_tab];
            let lead = &between[last_tab + 1..];
            if !middle.trim().is_empty() || !only_fillers(lead) {
                return None;
            }
        }
        if is_score(line, n) {
            return Some(n.clone());
        }
        if label.tight || between.contains('\t') {
            return None;
        }
    }
    None
}

/// Whether `text` holds nothing but spaces, separators and filler words.
fn only_fillers(text: &str) -> bool {
    let mut rest = text.replace(['\t', ' ', ':', '=', ';', ',', '\u{a0}', '-', '–'], "");
    for w in [
        "มีคะแนนประเมิน",
        "มีคะแนน",
        "ได้คะแนน",
        "คะแนน",
        "ได้",
        "ร้อยละ",
        "เท่ากับ",
        "อยู่ที่",
        "score",
    ] {
        rest = rest.replace(w, "");
    }
    rest.is_empty()
}
