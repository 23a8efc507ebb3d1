//! The service worker from the page's side: registers `sw.js` (beside the page, so the app works
//! offline under any sub-path), says when a new version is installed and waiting, and lets that
//! version take over when the user asks, reloading once it has. Where service workers are
//! unavailable (an insecure origin, a test page without `sw.js`), nothing happens and nothing is
//! said: the app simply needs the network as before.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// The registration, once made: [`apply_update`] asks its waiting worker to take over.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// The file the release build writes beside index.html (scripts/trunk-post-build.py).
const SCRIPT: &str = "sw.js";

/// Registers the service worker; `on_update` runs when a new version is waiting to take over.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // not every page may have one (insecure origins have no `serviceWorker` at all)
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register(SCRIPT);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg.clone()));
        let controlled = has_controller();
        if reg.waiting().is_some() && controlled {
            on_update();
        }
        let watch_reg = reg.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watch_reg.installing() else {
                return;
            };
            watch_install(installing, on_update.clone());
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Calls `on_update` when `worker` has installed while a version already controls the page (a
/// first install is not an update).
fn watch_install(worker: ServiceWorker, on_update: impl Fn() + 'static) {
    let w = worker.clone();
    let changed = Closure::<dyn Fn()>::new(move || {
        if w.state() == ServiceWorkerState::Installed && has_controller() {
            on_update();
        }
    });
    worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
}

fn has_controller() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().service_worker().controller())
        .is_some()
}

/// Lets the waiting version take over and reloads the page once it has.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            let _ = worker.post_message(&"skip-waiting".into());
        }
        None => {
            let _ = window.location().reload();
        }
    }
}
