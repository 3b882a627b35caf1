//! Command-line arguments, parsed by hand (no dependency needed for this small surface).

use ita_core::foundation::echo::echo;
use ita_core::foundation::number::Digits;
use ita_core::Lang;

use crate::say::{bad_choice, say};

/// The language asked for with `--lang`, read before anything else so that every message of
/// the parsing itself is in it (Thai unless `--lang en`).
pub fn lang_of(argv: &[String]) -> Lang {
    match argv
        .windows(2)
        .find(|w| w[0] == "--lang")
        .map(|w| w[1].as_str())
    {
        Some("en") => Lang::En,
        _ => Lang::Th,
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Command {
    Help,
    Analyze,
    Plan,
    Report,
    Cohort,
    Extract,
}

#[derive(Debug)]
pub struct Args {
    pub command: Command,
    pub file: Option<String>,
    pub year: Option<String>,
    pub agency: Option<String>,
    /// `plan`: 85, 95, pass, next or a level name.
    pub target: Option<String>,
    /// `plan`: a CSV of code,effort.
    pub effort: Option<String>,
    /// A user's framework file (TOML) for years it covers.
    pub framework: Option<String>,
    /// `report`: analysis, plan, implementation, memo or all.
    pub doc: Option<String>,
    /// `report`: docx, xlsx, csv or html.
    pub format: Option<String>,
    /// `report`: the output file.
    pub output: Option<String>,
    /// `cohort`: filters and the folder for the documents.
    pub province: Option<String>,
    pub kind: Option<String>,
    pub report_dir: Option<String>,
    /// `report`, `plan`: how much a drafted measures plan says (concise or full).
    pub draft: Option<String>,
    pub json: bool,
    pub lang: Lang,
    pub digits: Digits,
}

impl Args {
    /// The field an option that takes a value fills, when the command has that option, and
    /// the option's name as its messages give it.
    fn value_of(&mut self, option: &str) -> Option<(&mut Option<String>, &'static str)> {
        let c = self.command;
        Some(match option {
            "--year" | "-y" => (&mut self.year, "--year"),
            "--agency" => (&mut self.agency, "--agency"),
            "--target" | "-t" if c == Command::Plan => (&mut self.target, "--target"),
            "--effort" if c == Command::Plan => (&mut self.effort, "--effort"),
            "--doc" if c == Command::Report => (&mut self.doc, "--doc"),
            "--format" if c == Command::Report => (&mut self.format, "--format"),
            "-o" | "--output" if c == Command::Report => (&mut self.output, "-o"),
            "--province" if c == Command::Cohort => (&mut self.province, "--province"),
            "--type" if c == Command::Cohort => (&mut self.kind, "--type"),
            "--report" if c == Command::Cohort => (&mut self.report_dir, "--report"),
            "--draft" if matches!(c, Command::Report | Command::Plan) => {
                (&mut self.draft, "--draft")
            }
            "--framework" if c != Command::Report => (&mut self.framework, "--framework"),
            _ => return None,
        })
    }

    pub fn parse(argv: &[String]) -> Result<Args, String> {
        let lang = lang_of(argv);
        let mut it = argv.iter();
        let command = match it.next().map(String::as_str) {
            None | Some("-h" | "--help" | "help") => Command::Help,
            Some("analyze" | "analyse") => Command::Analyze,
            Some("plan") => Command::Plan,
            Some("report") => Command::Report,
            Some("cohort") => Command::Cohort,
            Some("extract") => Command::Extract,
            Some(other) => {
                let other = echo(other);
                return Err(say(
                    lang,
                    format!("ไม่รู้จักคำสั่ง \"{other}\""),
                    format!("unknown command \"{other}\""),
                ));
            }
        };
        let mut args = Args {
            command,
            file: None,
            year: None,
            agency: None,
            target: None,
            effort: None,
            framework: None,
            doc: None,
            format: None,
            output: None,
            province: None,
            kind: None,
            report_dir: None,
            draft: None,
            json: false,
            lang,
            digits: Digits::Arabic,
        };
        while let Some(a) = it.next() {
            // No value of ours starts with "--": one that does is the next option.
            let mut value = |name: &str| {
                it.next()
                    .filter(|v| !v.starts_with("--"))
                    .cloned()
                    .ok_or_else(|| {
                        say(
                            lang,
                            format!("ตัวเลือก \"{name}\" ต้องมีค่าตามหลัง"),
                            format!("{name} needs a value"),
                        )
                    })
            };
            if let Some((field, name)) = args.value_of(a) {
                *field = Some(value(name)?);
                continue;
            }
            match a.as_str() {
                "--arabic-digits" => args.digits = Digits::Arabic,
                "--json" => args.json = true,
                "--thai-digits" => args.digits = Digits::Thai,
                "--lang" => {
                    args.lang = match value("--lang")?.as_str() {
                        "th" => Lang::Th,
                        "en" => Lang::En,
                        other => return Err(bad_choice("--lang", &["th", "en"], other, lang)),
                    }
                }
                "-h" | "--help" => args.command = Command::Help,
                s if s.starts_with('-') => {
                    let s = echo(s);
                    return Err(say(
                        lang,
                        format!("ไม่รู้จักตัวเลือก \"{s}\" ของคำสั่งนี้"),
                        format!("unknown option \"{s}\""),
                    ));
                }
                s if args.file.is_none() => args.file = Some(s.to_string()),
                s => {
                    let s = echo(s);
                    return Err(say(
                        lang,
                        format!("มีค่าเกินมา \"{s}\" (ระบุไฟล์ข้อมูลได้ไฟล์เดียว)"),
                        format!("unexpected argument \"{s}\""),
                    ));
                }
            }
        }
        if args.command != Command::Help && args.file.is_none() {
            return Err(say(lang, "ไม่ได้ระบุไฟล์ข้อมูล (FILE)", "FILE is missing"));
        }
        if args.command == Command::Plan && args.target.is_none() {
            return Err(say(
                lang,
                "ไม่ได้ระบุเป้าหมาย \"--target\" (คะแนน เช่น 85 หรือ 95, \"pass\", \"next\" หรือชื่อระดับ เช่น \"ผ่านดี\")",
                "--target is missing (85, 95, pass, next or a level name)",
            ));
        }
        if args.command == Command::Report {
            if args.output.is_none() {
                return Err(say(lang, "ไม่ได้ระบุไฟล์ผลลัพธ์ \"-o\" OUT", "-o OUT is missing"));
            }
            // Official documents use Thai digits unless asked otherwise.
            if !argv.iter().any(|a| a == "--arabic-digits") {
                args.digits = Digits::Thai;
            }
        }
        Ok(args)
    }
}
