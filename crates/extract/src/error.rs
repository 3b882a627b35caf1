//! Why a file could not be read, in the user's language.

use ita_core::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum ExtractError {
    Empty,
    /// Plain text that is not UTF-8 (e.g. Windows-874).
    NotUtf8,
    /// A zip that is not a readable DOCX (what went wrong).
    BrokenDocx(String),
    /// A PDF that cannot be opened (what went wrong).
    BrokenPdf(String),
    /// A PDF whose pages carry no text (a scan).
    PdfWithoutText,
    /// Readable text that states no ITA score.
    NoResult,
}

impl ExtractError {
    /// One line naming the problem.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ExtractError::Empty, Lang::Th) => "ไฟล์ว่างเปล่า".into(),
            (ExtractError::Empty, Lang::En) => "the file is empty".into(),
            (ExtractError::NotUtf8, Lang::Th) => {
                "ไฟล์ข้อความนี้ไม่ได้เข้ารหัสแบบ UTF-8 (อาจเป็น TIS-620 หรือ Windows-874) กรุณาบันทึกเป็น UTF-8 แล้วลองอีกครั้ง".into()
            }
            (ExtractError::NotUtf8, Lang::En) => {
                "the text file is not UTF-8 (perhaps TIS-620 or Windows-874); save it as UTF-8 and try again".into()
            }
            (ExtractError::BrokenDocx(why), Lang::Th) => format!("เปิดไฟล์ DOCX ไม่ได้ ไฟล์อาจเสียหาย ({why})"),
            (ExtractError::BrokenDocx(why), Lang::En) => format!("cannot open the DOCX file; it may be damaged ({why})"),
            (ExtractError::BrokenPdf(why), Lang::Th) => format!("เปิดไฟล์ PDF ไม่ได้ ไฟล์อาจเสียหาย ({why})"),
            (ExtractError::BrokenPdf(why), Lang::En) => format!("cannot open the PDF file; it may be damaged ({why})"),
            (ExtractError::PdfWithoutText, Lang::Th) => {
                "ไฟล์ PDF นี้ไม่มีข้อความให้อ่าน (อาจเป็นภาพสแกน) กรุณาใช้ไฟล์ DOCX หรือ PDF ที่มีข้อความ".into()
            }
            (ExtractError::PdfWithoutText, Lang::En) => {
                "the PDF has no text to read (perhaps a scan); use the DOCX or a PDF with a text layer".into()
            }
            (ExtractError::NoResult, Lang::Th) => "ไม่พบคะแนนผลการประเมิน ITA ในไฟล์นี้".into(),
            (ExtractError::NoResult, Lang::En) => "no ITA score found in the file".into(),
        }
    }
}
