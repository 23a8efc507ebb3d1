//! The workspace's autosave: loads the store on start (merging it under anything opened
//! meanwhile, such as a share link in the address), saves after every change to the documents,
//! and merges when another tab announces a save. One save runs at a time; a change during a save
//! runs one more after it. What the store says goes to the state: documents other tabs added or
//! removed, documents that could not be saved, values kept aside.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::persist::{StorageProblem, Store};
use crate::platform::idb::Db;
use crate::state::workspace::Workspace;
use crate::state::AppState;

/// The running autosave of one app.
pub struct Autosave {
    st: AppState,
    /// Taken out while a save runs.
    store: RefCell<Option<Store>>,
    db: RefCell<Option<Db>>,
    busy: Cell<bool>,
    again: Cell<bool>,
    on_message: RefCell<Option<OnMessage>>,
}

/// The handler of the change channel's messages.
type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;

impl Autosave {
    /// Opens the store and loads it, then keeps saving. Returns the handle the app keeps.
    pub fn start(st: AppState) -> Rc<Autosave> {
        let me = Rc::new(Autosave {
            st,
            store: RefCell::new(None),
            db: RefCell::new(None),
            busy: Cell::new(true), // until loaded
            again: Cell::new(false),
            on_message: RefCell::new(None),
        });
        let this = me.clone();
        spawn_local(async move {
            let Some(mut store) = Store::open().await else {
                this.st.storage.try_set(Some(StorageProblem::Unavailable));
                this.st.loading.try_set(false);
                return;
            };
            let loaded = store.load().await;
            let added = this
                .st
                .ws
                .try_update(|w| w.apply_stored(loaded.docs, &[], true))
                .unwrap_or_default();
            store.note_stored(&added);
            if this.st.aside.try_set(loaded.aside).is_some() {
                return; // unmounted while loading
            }
            *this.db.borrow_mut() = store.db_handle();
            this.listen(&store);
            *this.store.borrow_mut() = Some(store);
            this.st.loading.try_set(false);
            this.busy.set(false);
            // what was opened while loading (a link, a paste) and an earlier version's workspace
            this.request();
        });
        me
    }

    /// Saves again whenever another tab announces a save.
    fn listen(self: &Rc<Self>, store: &Store) {
        let Some(channel) = store.channel() else {
            return;
        };
        let weak = Rc::downgrade(self);
        let cb = OnMessage::new(move |_| {
            if let Some(me) = weak.upgrade() {
                me.request();
            }
        });
        channel.set_onmessage(Some(cb.as_ref().unchecked_ref()));
        *self.on_message.borrow_mut() = Some(cb);
    }

    /// The database, for reading and deleting values kept aside.
    pub fn db(&self) -> Option<Db> {
        self.db.borrow().clone()
    }

    /// Asks for a save (merging with other tabs); runs now or right after the current one.
    pub fn request(self: &Rc<Self>) {
        if self.busy.get() {
            self.again.set(true);
            return;
        }
        if self.store.borrow().is_none() {
            return;
        }
        self.busy.set(true);
        let this = self.clone();
        spawn_local(async move {
            loop {
                let Some(mut store) = this.store.borrow_mut().take() else {
                    break;
                };
                let st = this.st;
                // the app may have unmounted meanwhile: then there is nothing left to save
                let Some(ours) = st.ws.try_with_untracked(Workspace::handles) else {
                    break;
                };
                let out = store.save(&ours).await;
                if !out.fetched.is_empty() || !out.dropped.is_empty() {
                    let added = st
                        .ws
                        .try_update(|w| w.apply_stored(out.fetched, &out.dropped, false))
                        .unwrap_or_default();
                    store.note_stored(&added);
                }
                if !out.aside.is_empty() {
                    st.aside.try_update(|a| a.extend(out.aside));
                }
                let problem =
                    (!out.unsaved.is_empty()).then_some(StorageProblem::NotSaved(out.unsaved));
                if st.storage.try_with_untracked(|p| p != &problem) == Some(true) {
                    st.storage.try_set(problem);
                }
                *this.store.borrow_mut() = Some(store);
                if !this.again.replace(false) {
                    break;
                }
            }
            this.busy.set(false);
        });
    }

    /// Stops listening to other tabs (the app unmounts).
    pub fn stop(&self) {
        if let Some(store) = self.store.borrow().as_ref() {
            if let Some(c) = store.channel() {
                c.set_onmessage(None);
                c.close();
            }
        }
        self.on_message.borrow_mut().take();
    }
}
