//! Readers of what users bring in. Each turns outside text into the workbook model and refuses
//! bad input with an [`ItaError`](crate::ItaError) that names the place at fault; none of them
//! changes anything by itself.
//!
//! * [`scores_csv`]: the scores file `year,code,score` (read and write).
//! * [`paste`]: rows pasted from a spreadsheet, a web page or a document.
//! * [`labels`]: the labels that name a score in real text, shared by `paste` and `report_text`.
//! * [`report_text`]: an agency's ITA result read from a report, memo or announcement.
//! * [`share_link`]: a scenario packed into a URL fragment (`#s=…`) and back.
//! * [`fuzz_entry`]: one entry per reader (and the framework reader) for the fuzz targets
//!   and the corpus replay test, with their invariants.

// With `toml-input`: one of the readers it fuzzes is the framework TOML reader.
#[cfg(feature = "toml-input")]
pub mod fuzz_entry;
pub mod labels;
pub mod paste;
pub mod report_text;
pub mod scores_csv;
pub mod share_link;
