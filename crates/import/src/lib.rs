//! The import module: what a user brings that the app's main wasm does not carry the readers
//! for, as one JavaScript-callable module loaded on the first such import.
//!
//! * [`extract_report`]: an agency's published ITA report (DOCX, PDF with text, plain text) →
//!   every value found with the line and words it came from (`ita_extract`, `ita_core`'s
//!   `report_text`), as JSON of [`ita_core::input::report_text::Extracted`] — the web app reads
//!   it back into the same type for its preview, and imports nothing until the user confirms.
//! * [`read_framework`]: a framework file (TOML, the schema of `crates/core/frameworks/`) →
//!   the validated framework as JSON of [`ita_core::framework::FrameworkFile`], which the app
//!   stores with the workbook (so that the main wasm needs no TOML reader).
//!
//! Errors are one sentence in the user's language naming the problem (and the field at fault
//! for a framework).

use ita_core::foundation::text::decode;
use ita_core::framework::Framework;
use ita_core::Lang;

/// The language named by the app (`"en"`, else Thai).
pub fn lang(code: &str) -> Lang {
    if code == "en" {
        Lang::En
    } else {
        Lang::Th
    }
}

/// Read an agency's ITA result from a file's bytes; the [`ita_extract::Extracted`] as JSON.
pub fn extract_report(bytes: &[u8], lang: Lang) -> Result<String, String> {
    let found = ita_extract::extract(bytes).map_err(|e| e.message(lang))?;
    serde_json::to_string(&found).map_err(|e| e.to_string())
}

/// Read and validate a framework file's bytes (UTF-8, UTF-16 or Windows-874 text); the
/// framework file as JSON.
pub fn read_framework(bytes: &[u8], lang: Lang) -> Result<String, String> {
    let text = decode(bytes).map_err(|e| e.message(lang))?.text;
    let fw = Framework::from_toml(&text).map_err(|e| e.message(lang))?;
    serde_json::to_string(&fw.file).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ita_core::framework::FrameworkFile;
    use ita_core::input::report_text::Extracted;

    const FW_2569: &str = include_str!("../../core/frameworks/2569.toml");

    #[test]
    fn a_report_comes_back_with_its_values_and_their_sources() {
        let text = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\nคะแนนภาพรวม 88.12 คะแนน ระดับ A\nIIT\t90.50\nEIT\t85.00\nOIT\t89.00\n";
        let json = extract_report(text.as_bytes(), Lang::Th).unwrap();
        let back: Extracted = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ita_extract::extract(text.as_bytes()).unwrap());
        assert_eq!(back.tools["IIT"].value, 90.5);
        assert!(back.tools["IIT"].source.contains("90.50"));
        assert_eq!(back.scores().values["OIT"], 89.0);
    }

    #[test]
    fn a_file_without_a_result_is_refused_in_thai() {
        let e = extract_report("สวัสดี".as_bytes(), Lang::Th).unwrap_err();
        assert_eq!(e, "ไม่พบคะแนนผลการประเมิน ITA ในไฟล์นี้");
        assert!(extract_report(b"", Lang::Th).is_err());
        let e = extract_report(b"PK\x03\x04broken", Lang::Th).unwrap_err();
        assert!(e.contains("DOCX"), "{e}");
    }

    #[test]
    fn a_framework_file_becomes_its_json() {
        let custom = FW_2569
            .replacen("id = \"2569\"", "id = \"2570-local\"", 1)
            .replacen("years = [2569]", "years = [2570]", 1);
        assert!(custom.contains("2570-local"), "the replacement must apply");
        let json = read_framework(custom.as_bytes(), Lang::Th).unwrap();
        let file: FrameworkFile = serde_json::from_str(&json).unwrap();
        assert_eq!(file.id, "2570-local");
        assert_eq!(file.years, vec![2570]);
        assert!(Framework::from_file(file).is_ok());
    }

    #[test]
    fn a_bad_framework_file_names_the_field_in_thai() {
        let bad = FW_2569.replacen("pass_mark = 85.0", "pass_mark = 185.0", 1);
        assert_ne!(bad, FW_2569);
        let e = read_framework(bad.as_bytes(), Lang::Th).unwrap_err();
        assert_eq!(
            e,
            "ไฟล์กรอบการประเมินไม่ถูกต้องที่ช่อง \"pass_mark\": 185 อยู่นอกช่วง 0–100"
        );
        let missing = FW_2569.replacen("pass_mark = 85.0", "", 1);
        let e = read_framework(missing.as_bytes(), Lang::Th).unwrap_err();
        assert!(e.contains("ขาดช่อง \"pass_mark\""), "{e}");
        assert!(!e.contains("missing"), "Thai only: {e}");
        let e = read_framework(b"id = [", Lang::Th).unwrap_err();
        assert!(
            e.starts_with("ไฟล์กรอบการประเมินไม่ถูกต้อง") && e.contains("บรรทัดที่ 1"),
            "{e}"
        );
    }
}
