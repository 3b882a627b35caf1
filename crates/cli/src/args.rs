//! Command-line arguments, parsed by hand (no dependency needed for this small surface).

use ita_core::number::Digits;
use ita_core::Lang;

#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Analyze,
}

#[derive(Debug)]
pub struct Args {
    pub command: Command,
    pub file: Option<String>,
    pub year: Option<String>,
    pub agency: Option<String>,
    pub json: bool,
    pub lang: Lang,
    pub digits: Digits,
}

impl Args {
    pub fn parse(argv: &[String]) -> Result<Args, String> {
        let mut it = argv.iter();
        let command = match it.next().map(String::as_str) {
            None | Some("-h" | "--help" | "help") => Command::Help,
            Some("analyze" | "analyse") => Command::Analyze,
            Some(other) => return Err(format!("unknown command \"{other}\"")),
        };
        let mut args = Args {
            command,
            file: None,
            year: None,
            agency: None,
            json: false,
            lang: Lang::Th,
            digits: Digits::Arabic,
        };
        while let Some(a) = it.next() {
            let mut value = |name: &str| {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match a.as_str() {
                "--year" | "-y" => args.year = Some(value("--year")?),
                "--agency" => args.agency = Some(value("--agency")?),
                "--json" => args.json = true,
                "--thai-digits" => args.digits = Digits::Thai,
                "--lang" => {
                    args.lang = match value("--lang")?.as_str() {
                        "th" => Lang::Th,
                        "en" => Lang::En,
                        other => return Err(format!("--lang must be th or en, not \"{other}\"")),
                    }
                }
                "-h" | "--help" => args.command = Command::Help,
                s if s.starts_with('-') => return Err(format!("unknown option \"{s}\"")),
                s if args.file.is_none() => args.file = Some(s.to_string()),
                s => return Err(format!("unexpected argument \"{s}\"")),
            }
        }
        if args.command != Command::Help && args.file.is_none() {
            return Err("FILE is missing".into());
        }
        Ok(args)
    }
}
