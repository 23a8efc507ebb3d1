//! Around the workspace: the page header (name, language and theme switches), the notices of the
//! last action with undo, the storage notices (memory only, values kept aside) and the analysis
//! worker's progress line.

pub mod analysis_status;
pub mod header;
pub mod notices;
pub mod storage_notice;
pub mod update_notice;

pub use analysis_status::AnalysisStatus;
pub use header::AppHeader;
pub use notices::Notices;
pub use storage_notice::StorageNotice;
pub use update_notice::UpdateNotice;
