//! Around the workspace: the page header (name, language and theme switches), the notices of the
//! last action with undo, and the storage notices (memory only, values kept aside).

pub mod header;
pub mod notices;
pub mod storage_notice;
pub mod update_notice;

pub use header::AppHeader;
pub use notices::Notices;
pub use storage_notice::StorageNotice;
pub use update_notice::UpdateNotice;
