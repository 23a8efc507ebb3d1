//! The page's components, one small module per component.

mod badges;
mod compare_chart;
mod compare_view;
mod doc_meta;
mod document_list;
mod flat_tree;
mod header;
mod input_panel;
mod kind_filter;
mod notices;
mod plan_result;
mod saved_views;
mod share_panel;
mod source_view;
mod storage_notice;
mod summary_view;
mod table_view;
mod tree_view;
mod views;
mod window;

pub use document_list::DocumentList;
pub use header::AppHeader;
pub use input_panel::InputPanel;
pub use notices::Notices;
pub use saved_views::SavedViews;
pub use storage_notice::StorageNotice;
pub use views::Views;
