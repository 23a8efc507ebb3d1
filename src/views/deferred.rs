//! The views the page loads on first use: the table, the source, the summary, the compare view
//! and the timeline. The first screen (the input, the document list, the tree) needs none of
//! them, so in the release page (built with `--cfg planlens_split`, see scripts/build-release.sh)
//! each is `#[lazy]`: wasm-split cuts it, with the code only it uses, into a module of its own,
//! fetched the first time the view opens (and cached by the service worker with the rest). In
//! every other build (tests, `trunk serve`) they are plain async functions of the one wasm.
//!
//! A view whose module has loaded is shown at once ([`now_or_later`]); only its first opening
//! waits for the fetch.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::state::workspace::DocRef;
use crate::views::compare::CompareView;
use crate::views::source::SourceView;
use crate::views::summary::SummaryView;
use crate::views::table::TableView;
use crate::views::timeline::TimelineView;

/// Declares a view function that is `#[lazy]` in the split release page and a plain async
/// function elsewhere.
macro_rules! deferred {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[$doc])*
        #[cfg(planlens_split)]
        #[lazy]
        pub fn $name($($arg: $ty),*) -> AnyView $body

        $(#[$doc])*
        #[cfg(not(planlens_split))]
        pub async fn $name($($arg: $ty),*) -> AnyView $body
    };
}

deferred! {
    /// The table of the document's targets.
    fn table(doc: DocRef) {
        view! { <TableView doc=doc/> }.into_any()
    }
}

deferred! {
    /// The document's text with its targets highlighted.
    fn source(doc: DocRef) {
        view! { <SourceView doc=doc/> }.into_any()
    }
}

deferred! {
    /// The document's summary.
    fn summary(doc: DocRef) {
        view! { <SummaryView doc=doc/> }.into_any()
    }
}

deferred! {
    /// The documents compared.
    fn compare() {
        view! { <CompareView/> }.into_any()
    }
}

deferred! {
    /// The documents' dated milestones.
    fn timeline() {
        view! { <TimelineView/> }.into_any()
    }
}

/// The view `fut` makes: at once when it is ready on its first poll (its module has loaded),
/// else once it is, and then `shown` is called on the next frame (the view is in the page by
/// then), so that what waited for it (bringing the selected target into view) can run again.
pub fn now_or_later(
    fut: impl Future<Output = AnyView> + 'static,
    shown: impl FnOnce() + 'static,
) -> AnyView {
    let mut fut: Pin<Box<dyn Future<Output = AnyView>>> = Box::pin(fut);
    match fut.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(view) => view,
        Poll::Pending => {
            let later = async move {
                let view = fut.await;
                request_animation_frame(shown);
                view
            };
            // the page runs on one thread; Suspend asks for Send
            Suspend::new(send_wrapper::SendWrapper::new(later)).into_any()
        }
    }
}
