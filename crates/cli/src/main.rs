//! `ita`: a thin command line over `ita-core`, for provincial coordinators, trainers and scripts.

mod args;
mod input;

use std::process::ExitCode;

use args::{Args, Command};

const USAGE: &str = "\
ita — ITA (Integrity and Transparency Assessment) calculator

USAGE:
    ita analyze FILE [--year YEAR] [--agency ID] [--json] [--lang th|en] [--thai-digits]
    ita --help

FILE is a scores CSV (header year,code,score) or a workbook JSON (format ita-workbook).
YEAR is a Buddhist-era fiscal year (default: the latest year in FILE).";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match Args::parse(&argv) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("ita: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match &args.command {
        Command::Help => {
            println!("{USAGE}");
            Ok(())
        }
        Command::Analyze => commands::analyze(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("ita: {msg}");
            ExitCode::from(1)
        }
    }
}

mod commands;
