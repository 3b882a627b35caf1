//! `ita`: a thin command line over `ita-core`, for provincial coordinators, trainers and scripts.

mod args;
mod cohort;
mod commands;
mod draft;
mod effort;
mod extract;
mod input;
mod report;
mod say;

use std::process::ExitCode;

use args::{Args, Command};

const USAGE: &str = "\
ita — ITA (Integrity and Transparency Assessment) calculator

USAGE:
    ita analyze FILE [--year YEAR] [--agency ID] [--framework FW.toml] [--json] [--lang th|en]
             [--thai-digits]
    ita plan FILE --target TARGET [--year YEAR] [--agency ID] [--framework FW.toml]
             [--effort EFFORTS.csv] [--draft concise|full]
             [--json] [--lang th|en] [--thai-digits]
    ita report FILE --doc analysis|plan|implementation|memo|all --format docx|xlsx|csv|html
             -o OUT [--year YEAR] [--agency ID] [--draft concise|full] [--arabic-digits]
    ita cohort FILE [--year YEAR] [--province P] [--type T] [--json] [--lang th|en]
             [--thai-digits] [--report DIR]
    ita extract REPORT [--json] [--lang th|en]
    ita --help

FILE is a scores CSV (header year,code,score) or a workbook JSON (format ita-workbook).
YEAR is a Buddhist-era fiscal year (default: the latest year in FILE).
--framework FW.toml (analyze, plan): score the years FW.toml covers with that framework file
         (a future year or a corrected rule; schema in crates/core/frameworks/README.md).
analyze: scores, rating, weaknesses and strengths, the codes below the mark, the overall
         gained by raising each code to 100, and the change from the previous year in FILE.
plan:    the fewest codes to raise to 100 to reach TARGET, OIT items first.
         TARGET is a score (85, 95, …), pass, next (the next level up) or a level name
         (A, AA, ผ่าน, ผ่านดี, ผ่านดีเยี่ยม). EFFORTS.csv has lines code,effort (effort > 0;
         one given for an indicator or tool applies to every code below it): the plan then
         has the least total effort.
report:  the documents agencies publish (A4, TH Sarabun New 16 pt, Thai digits unless
         --arabic-digits): the analysis report, the measures plan for the next fiscal year
         (the saved plan, or a draft from the analysis), the implementation report and the
         cover memo. --doc all puts them in one file, each starting on a new page.
cohort:  many agencies at once (a province, a ministry): FILE is a long CSV
         (agency,type,province,year,code,score), a wide CSV (agency,type,province,year,ITA,
         IIT,EIT,OIT,1,…,10, any score columns) or a workbook JSON with many agencies. Prints
         the mean, median, pass rate, levels, ranking, weak indicators, agencies held back by
         one tool and the biggest changes; every bad line is named and the exit code is 1.
         --report DIR writes the coordinator's summary (DOCX, XLSX) and one sheet per agency
         (DOCX).
--draft  (plan, report): a plan not saved yet is drafted concise (one measure per weak point
         with its key steps, the default) or full (every guideline); plan prints it.
extract: an agency's published ITA result read from REPORT (DOCX, PDF with a text layer, or
         UTF-8 text: an analysis report, a memo, a results announcement): agency, year,
         overall, level, tool, indicator and item scores, each with the line it came from.";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match Args::parse(&argv) {
        Ok(a) => a,
        Err(msg) => {
            let see = say::say(
                args::lang_of(&argv),
                "ดูวิธีใช้ด้วย ita --help",
                "see ita --help",
            );
            eprintln!("ita: {msg} ({see})");
            return ExitCode::from(2);
        }
    };
    let result = match &args.command {
        Command::Help => {
            println!("{USAGE}");
            Ok(())
        }
        Command::Analyze => commands::analyze(&args),
        Command::Plan => commands::plan(&args),
        Command::Report => report::report(&args),
        Command::Cohort => cohort::cohort(&args),
        Command::Extract => extract::extract(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("ita: {msg}");
            ExitCode::from(1)
        }
    }
}
