//! The agency, the fiscal year and the published level, read from a report's lines.

use std::collections::BTreeMap;

use crate::foundation::number::thai_to_arabic;
use crate::framework;

use super::Sourced;

/// How the names of Thai public agencies begin, most specific first.
const AGENCY_PREFIXES: [&str; 12] = [
    "องค์การบริหารส่วนจังหวัด",
    "องค์การบริหารส่วนตำบล",
    "เทศบาลตำบล",
    "เทศบาลเมือง",
    "เทศบาลนคร",
    "กรุงเทพมหานคร",
    "เมืองพัทยา",
    "มหาวิทยาลัย",
    "โรงพยาบาล",
    "สำนักงานสาธารณสุขจังหวัด",
    "สำนักงานเขตพื้นที่การศึกษา",
    "กรม",
];

fn is_thai_letter(c: char) -> bool {
    ('\u{0E01}'..='\u{0E4E}').contains(&c) && !('\u{0E50}'..='\u{0E59}').contains(&c) && c != 'ฯ'
}

/// The agency named most often (ties: the first named), with the first line naming it.
pub fn agency(lines: &[String]) -> Option<Sourced<String>> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let mut rest = line.as_str();
        while let Some((pos, prefix)) = AGENCY_PREFIXES
            .iter()
            .filter_map(|p| rest.find(p).map(|pos| (pos, *p)))
            .min_by_key(|(pos, p)| (*pos, std::cmp::Reverse(p.len())))
        {
            let after = &rest[pos + prefix.len()..];
            let name_len: usize = after
                .chars()
                .take_while(|c| is_thai_letter(*c))
                .map(char::len_utf8)
                .sum();
            if name_len > 0 {
                let name = format!("{prefix}{}", &after[..name_len]);
                let entry = counts.entry(name).or_insert((0, i));
                entry.0 += 1;
            }
            rest = &after[name_len..];
        }
    }
    let (name, (_, line)) = counts
        .into_iter()
        .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))?;
    Some(Sourced {
        value: name,
        line: line + 1,
        source: lines[line].trim().to_string(),
    })
}

/// Buddhist-era years (2550–2590) in a line, each with what stands before it.
fn years_in(line: &str) -> Vec<(u16, String)> {
    let ascii = thai_to_arabic(line);
    let mut out = Vec::new();
    let bytes: Vec<char> = ascii.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let end = (i..bytes.len())
                .find(|&k| !bytes[k].is_ascii_digit())
                .unwrap_or(bytes.len());
            if end - i == 4 {
                let y: u16 = bytes[i..end]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .unwrap_or(0);
                if (2550..=2590).contains(&y) {
                    out.push((y, bytes[..i].iter().collect()));
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The fiscal year of the result: the year the score sentences state (`ในปี พ.ศ. ๒๕๖๘ … มีคะแนน`),
/// else the year most often given with `ผลการประเมิน` (ties: the first).
pub fn year(lines: &[String], score_lines: &[usize]) -> Option<Sourced<u16>> {
    let vote = |indices: &mut dyn Iterator<Item = usize>, only_before_label: bool| {
        let mut votes: BTreeMap<u16, (usize, usize)> = BTreeMap::new();
        for i in indices {
            for (y, before) in years_in(&lines[i]) {
                // A comparison with an earlier year (`จากปี ๒๕๖๗`) does not date the result.
                if before.trim_end().ends_with("จากปี")
                    || (only_before_label && before.contains("คะแนน"))
                {
                    continue;
                }
                let e = votes.entry(y).or_insert((0, i));
                e.0 += 1;
            }
        }
        votes
            .into_iter()
            .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
    };
    let result_lines = (0..lines.len()).filter(|&i| {
        let l = &lines[i];
        (l.contains("ผลการประเมิน") || l.contains("ผลประเมิน"))
            && (l.contains("ITA") || l.contains("คุณธรรม"))
    });
    let (y, (_, line)) = vote(&mut score_lines.iter().copied(), true)
        .or_else(|| vote(&mut result_lines.into_iter(), false))?;
    Some(Sourced {
        value: y,
        line: line + 1,
        source: lines[line].trim().to_string(),
    })
}

/// The published level, from a line that gives the overall result (`ระดับผลการประเมิน B`,
/// `อยู่ในระดับ ผ่านดี`).
pub fn level(lines: &[String]) -> Option<Sourced<String>> {
    let mut names: Vec<String> = framework::all()
        .iter()
        .flat_map(|fw| fw.level_names())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    for (i, line) in lines.iter().enumerate() {
        if !(line.contains("ภาพรวม") || line.contains("ระดับผลการประเมิน") || line.contains("ITA"))
        {
            continue;
        }
        let mut rest = line.as_str();
        while let Some(pos) = rest.find("ระดับ") {
            let after = rest[pos + "ระดับ".len()..].trim_start();
            let after = after.strip_prefix("ผลการประเมิน").unwrap_or(after);
            let after = after.trim_start_matches([' ', ':', '\u{a0}']);
            let name = names.iter().find(|n| {
                after.starts_with(n.as_str())
                    && !after[n.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric())
            });
            if let Some(name) = name {
                return Some(Sourced {
                    value: name.clone(),
                    line: i + 1,
                    source: line.trim().to_string(),
                });
            }
            rest = &rest[pos + "ระดับ".len()..];
        }
    }
    None
}
