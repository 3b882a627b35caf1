//! The CLI's own messages in the user's language: every sentence the tool prints is given in
//! Thai and in English; option names, values the user types and file names are quoted verbatim.
//! The system's and the document writers' reasons are English text of their own, so in Thai
//! mode they are replaced by a Thai description of their kind.

use std::io::{Error, ErrorKind};

use ita_core::foundation::echo::echo;
use ita_core::Lang;

/// The message in `lang`.
pub fn say(lang: Lang, th: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Th => th.into(),
        Lang::En => en.into(),
    }
}

/// Values joined as a list of quoted choices: `"a", "b" หรือ "c"` / `"a", "b" or "c"`.
pub fn choices(values: &[&str], lang: Lang) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let or = say(lang, "หรือ", "or");
            format!("{} {or} {last}", rest.join(", "))
        }
    }
}

/// "OPTION must be one of CHOICES, not "VALUE"".
pub fn bad_choice(option: &str, values: &[&str], value: &str, lang: Lang) -> String {
    let list = choices(values, lang);
    let value = echo(value);
    say(
        lang,
        format!("ตัวเลือก \"{option}\" ต้องเป็น {list} ไม่ใช่ \"{value}\""),
        format!("{option} must be {list}, not \"{value}\""),
    )
}

/// Why a file operation failed, in the user's language.
fn why(e: &Error, lang: Lang) -> String {
    match e.kind() {
        ErrorKind::NotFound => say(lang, "ไม่พบไฟล์หรือโฟลเดอร์", "file or folder not found"),
        ErrorKind::PermissionDenied => say(lang, "ไม่มีสิทธิ์", "permission denied"),
        ErrorKind::AlreadyExists => say(lang, "มีไฟล์ชื่อนี้อยู่แล้ว", "already exists"),
        ErrorKind::IsADirectory => say(lang, "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file"),
        ErrorKind::StorageFull => say(lang, "พื้นที่ดิสก์เต็ม", "the disk is full"),
        ErrorKind::InvalidData => say(lang, "ไฟล์ไม่ใช่ข้อความ UTF-8", "the file is not UTF-8 text"),
        _ => say(lang, "ระบบไฟล์ทำงานไม่สำเร็จ", e.to_string()),
    }
}

/// "cannot read FILE: why".
pub fn cannot_read(path: &str, e: &Error, lang: Lang) -> String {
    let why = why(e, lang);
    say(
        lang,
        format!("อ่านไฟล์ {path} ไม่ได้: {why}"),
        format!("cannot read {path}: {why}"),
    )
}

/// "cannot write FILE: why".
pub fn cannot_write(path: &str, e: &Error, lang: Lang) -> String {
    let why = why(e, lang);
    say(
        lang,
        format!("เขียนไฟล์ {path} ไม่ได้: {why}"),
        format!("cannot write {path}: {why}"),
    )
}

/// "cannot create the folder DIR: why".
pub fn cannot_create_dir(path: &str, e: &Error, lang: Lang) -> String {
    let why = why(e, lang);
    say(
        lang,
        format!("สร้างโฟลเดอร์ {path} ไม่ได้: {why}"),
        format!("cannot create {path}: {why}"),
    )
}

/// A document writer that failed (`format`: DOCX, XLSX …); its own reason is English text.
pub fn cannot_build(format: &str, reason: &str, lang: Lang) -> String {
    say(
        lang,
        format!("สร้างไฟล์ {format} ไม่สำเร็จ"),
        format!("cannot build the {format} file: {reason}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_quoted_and_joined_in_the_language() {
        assert_eq!(
            choices(&["a", "b", "c"], Lang::Th),
            "\"a\", \"b\" หรือ \"c\""
        );
        assert_eq!(choices(&["a", "b"], Lang::En), "\"a\" or \"b\"");
        assert_eq!(choices(&["a"], Lang::En), "\"a\"");
        let long = "x".repeat(100);
        assert!(bad_choice("--draft", &["concise"], &long, Lang::Th).contains('…'));
    }
}
