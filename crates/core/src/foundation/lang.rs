//! The language of everything a user reads: Thai first, English switchable.

/// The language of user-facing text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Th,
    En,
}

/// For an enum of plain variants: `ALL` (every variant, in this order) and `label(lang)`, from
/// one table of each variant's Thai and English label, so neither can miss a variant.
macro_rules! labels {
    ($ty:ident { $($variant:ident => $th:literal, $en:literal;)+ }) => {
        impl $ty {
            /// Every variant, in order.
            pub const ALL: [$ty; [$($th),+].len()] = [$($ty::$variant),+];

            /// The label shown to the user in `lang`.
            pub fn label(self, lang: $crate::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($ty::$variant, $crate::Lang::Th) => $th,
                        ($ty::$variant, $crate::Lang::En) => $en,
                    )+
                }
            }
        }
    };
}
pub(crate) use labels;

/// The English words of a text meant to be entirely in Thai: every run of ASCII letters that is
/// not a code (`i7`, `o42`, `EIT1`, `10.2`), an upper-case name (IIT, OIT, CSV, JSON, DOCX, ITA),
/// a file name or path (`scores.csv`, `/tmp/a.json`) or one of `allowed` (literal text the user
/// must type, e.g. `year,code,score`). Text in double quotes is skipped: it is the user's input
/// or a field's name, quoted verbatim. Empty = the text has no English word. The tests of every
/// user-facing message in Thai mode use it (core, CLI), so they agree on what counts as English.
pub fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    // Quoted text is the user's own input or a field's name, reported verbatim.
    let mut rest: String = text
        .split('"')
        .enumerate()
        .map(|(i, part)| if i % 2 == 0 { part } else { " " })
        .collect();
    for a in allowed {
        rest = rest.replace(a, " ");
    }
    let token_char = |c: char| c.is_ascii_alphanumeric() || "._/-[]".contains(c);
    rest.split(|c: char| !token_char(c))
        .map(|t| t.trim_matches(|c: char| ".-".contains(c)))
        .filter(|t| t.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|t| !is_code_or_name(t))
        .map(str::to_string)
        .collect()
}

fn is_code_or_name(t: &str) -> bool {
    let upper_name = t
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    // A code: a few lower-case letters then a number (i7, o42, e1.2).
    let letters = t.chars().take_while(|c| c.is_ascii_lowercase()).count();
    let tail = &t[letters..];
    let code = (1..=3).contains(&letters)
        && tail.starts_with(|c: char| c.is_ascii_digit())
        && tail.chars().all(|c| c.is_ascii_digit() || c == '.');
    // A file name or path (also a field's path in a JSON file, `agencies[0].id`): a slash or a
    // bracket, or a name with a short extension.
    let file = t.contains('/')
        || t.contains('[')
        || t.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
        });
    upper_name || code || file
}

#[cfg(test)]
mod tests {
    use super::english_words;

    #[test]
    fn english_words_keeps_only_english_outside_codes_names_and_files() {
        assert!(english_words(
            "ไม่รู้จักรหัส \"x9\" ในกรอบ ITA ปี 2568 (IIT, EIT1, o42, 10.2)",
            &[]
        )
        .is_empty());
        assert!(english_words("/tmp/a.csv: ไฟล์ CSV บรรทัดที่ 2", &[]).is_empty());
        assert!(english_words("ไม่ถูกต้องที่ agencies[0].years.2599: ค่า \"abc\"", &[]).is_empty());
        assert_eq!(
            english_words(
                "ไฟล์สมุดงาน JSON ไม่ถูกต้องที่ link: the link is damaged (not base64url)",
                &[]
            ),
            ["link", "the", "link", "is", "damaged", "not", "base64url"]
        );
        assert_eq!(
            english_words("หัวตาราง year,code,score", &[]),
            ["year", "code", "score"]
        );
        assert!(english_words("หัวตาราง year,code,score", &["year,code,score"]).is_empty());
    }
}
