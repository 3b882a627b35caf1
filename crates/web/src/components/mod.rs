//! Reusable pieces of the screens. Each component documents its props.

pub mod backups_card;
pub mod bar_chart;
pub mod below_fold;
pub mod card;
pub mod choice_field;
pub mod doc_preview;
pub mod file_field;
pub mod framework_file;
pub mod import_file;
pub mod memo_editor;
pub mod notices;
pub mod qr;
pub mod radio;
pub mod report_import;
pub mod results_table;
pub mod score_field;
pub mod summary_bar;
pub mod text_field;

pub use backups_card::BackupsCard;
pub use bar_chart::BarChart;
pub use below_fold::{BelowTheFold, ScreenShown};
pub use card::Card;
pub use choice_field::{choice_field, Choice};
pub use doc_preview::DocPreview;
pub use framework_file::FrameworkFileCard;
pub use import_file::ImportFile;
pub use memo_editor::MemoEditor;
pub use notices::StorageNotices;
pub use radio::{radio_option, RadioAttrs};
pub use report_import::ReportImport;
pub use results_table::ResultsTable;
pub use score_field::{OitField, ScoreCells, ScoreField};
pub use summary_bar::SummaryBar;
pub use text_field::{text_field, TextFieldKind};
